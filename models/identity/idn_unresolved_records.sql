{#- One row per staged record that carries identifiers but resolves to no person, because every
    identifier on it is blocked or shared (for example a page view whose only id is a store
    kiosk's anonymousId). Kept so that the accounting of records is complete. -#}
with

observations as (
    select * from {{ ref('idn_identifier_observations') }}
),

resolved as (
    select * from {{ ref('idn_source_record_persons') }}
),

guards as (
    select * from {{ ref('idn_identifier_guards') }}
),

unresolved as (
    select
        observations.source_name,
        observations.source_record_id,
        string_agg(
            distinct observations.id_type || ' ' || coalesce(guards.guard, 'unknown'), ', '
        ) as reason
    from observations
    left join resolved
        on observations.source_name = resolved.source_name
        and observations.source_record_id = resolved.source_record_id
    left join guards
        on observations.id_type = guards.id_type
        and observations.id_value = guards.id_value
    where resolved.source_record_id is null
    group by 1, 2
),

final as (
    select * from unresolved
)

select * from final

{#- One row per owner epoch of a recycled identifier (a phone number that moved to a new owner):
    epoch 0 is the first owner, and epoch N starts when the N-th later owner is first seen with it.
    Observations are assigned to the epoch in force at their time, so the old and the new owner
    never share a node in the graph. -#}
with

observations as (
    select * from {{ ref('idn_identifier_observations') }}
),

guards as (
    select * from {{ ref('idn_identifier_guards') }}
    where guard = 'recycled'
),

recycled_observations as (
    select observations.*
    from observations
    inner join guards
        on observations.id_type = guards.id_type
        and observations.id_value = guards.id_value
),

owner_first_seen as (
    select
        recycled.id_type,
        recycled.id_value,
        owner.id_value as owner_value,
        min(recycled.observed_at) as first_seen_at
    from recycled_observations as recycled
    inner join observations as owner
        on recycled.source_name = owner.source_name
        and recycled.source_record_id = owner.source_record_id
    inner join guards
        on recycled.id_type = guards.id_type
        and recycled.id_value = guards.id_value
        and owner.id_type = guards.owner_type
    group by 1, 2, 3
),

epochs as (
    select
        id_type,
        id_value,
        row_number() over (
            partition by id_type, id_value order by first_seen_at, owner_value
        ) - 1 as epoch,
        first_seen_at
    from owner_first_seen
),

final as (
    select
        id_type,
        id_value,
        epoch,
        case when epoch > 0 then first_seen_at end as epoch_starts_at,
        lead(first_seen_at) over (
            partition by id_type, id_value order by epoch
        ) as epoch_ends_at
    from epochs
)

select * from final

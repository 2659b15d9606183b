{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ unresolved_records_scope(
        observations=ref('idn_identifier_observations'),
        record_persons=ref('idn_source_record_persons'),
        guards=ref('idn_identifier_guards'),
    ) }}",
    post_hook=[
        "{{ record_build_of_this() }}",
        "{{ keep_guards_seen(ref('idn_identifier_guards'), ['id_type', 'id_value', 'guard']) }}",
    ],
) }}

{#- One row per staged record that carries identifiers but resolves to no person, because every
    identifier on it is blocked or shared (for example a page view whose only id is a store
    kiosk's anonymousId). Kept so that the accounting of records is complete.

    Incremental (by record): the pre-hook (unresolved_records_scope) deletes the rows of the
    records observed or resolved again since the last build, or observing an identifier whose
    guard changed, and lists them in idn_unresolved_records__scope; this select writes again
    those of them that have no person. -#}
{%- set incremental = incremental_with(['built', 'guards_seen']) %}
with

{%- if incremental %}

scope as (
    select * from {{ this.schema }}.{{ this.identifier }}__scope
),

-- the records that idn_source_record_persons wrote since are resolved; the rest are looked up
resolved_since as (
    select
        source_name,
        source_record_id
    from {{ ref('idn_source_record_persons') }}
    where loaded_at > {{ last_recorded_build() }}
),

candidates as (
    select
        source_name,
        source_record_id
    from scope
    where (source_name, source_record_id) not in (
        select resolved_since.source_name, resolved_since.source_record_id
        from resolved_since
    )
),

observations as (
    {{ rows_of_records(ref('idn_identifier_observations'), 'candidates',
                    last_recorded_build()) }}
),

resolved as (
    select * from {{ ref('idn_source_record_persons') }}
    where (source_name, source_record_id) in (
        select candidates.source_name, candidates.source_record_id from candidates
    )
),
{%- else %}

observations as (
    select * from {{ ref('idn_identifier_observations') }}
),

resolved as (
    select * from {{ ref('idn_source_record_persons') }}
),
{%- endif %}

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

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ identifier_epochs_scope(ref('idn_identifier_observations'), ref('idn_identifier_guards')) }}",
    post_hook=[
        "{{ record_build_of_this() }}",
        "{{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__guards_seen', recycled_guards(ref('idn_identifier_guards'))) }}",
    ],
) }}

{#- One row per owner epoch of a recycled identifier (a phone number that moved to a new owner):
    epoch 0 is the first owner, and epoch N starts when the N-th later owner is first seen with it.
    Observations are assigned to the epoch in force at their time, so the old and the new owner
    never share a node in the graph.

    Incremental (by identifier): the epochs of identifier X depend only on the observations of X,
    the owner identifiers on the same records and X's guard. A record is written (or retracted)
    with all its observations, so the pre-hook (identifier_epochs_scope) lists in
    idn_identifier_epochs__scope the identifiers of the observations written or retracted since
    the last build and those whose recycled guard differs from the last build's (kept in
    idn_identifier_epochs__guards_seen), deletes their rows, and this select numbers their
    epochs again. -#}
{% set scoped = incremental_with(['built', 'guards_seen']) %}

with

guards as (
    {{ recycled_guards(ref('idn_identifier_guards')) }}
    {%- if scoped %}
    and (id_type, id_value) in (
        select scope.id_type, scope.id_value
        from {{ this.schema }}.{{ this.identifier }}__scope as scope
    )
    {%- endif %}
),

recycled_observations as (
    select observations.*
    -- read where it is used, not through a CTE: a CTE read twice is materialized, which at
    -- 1,000,000 persons is 60M rows of strings
    from {{ ref('idn_identifier_observations') }} as observations
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
    inner join {{ ref('idn_identifier_observations') }} as owner
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

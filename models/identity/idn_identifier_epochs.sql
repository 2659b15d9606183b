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

    Incremental (by identifier): the epochs of identifier X depend only on the sightings of X
    with owner identifiers (idn_owner_sightings, written from the observations) and X's guard. A record is written (or retracted)
    with all its observations, so the pre-hook (identifier_epochs_scope) lists in
    idn_identifier_epochs__scope the identifiers of the observations written or retracted since
    the last build and those whose recycled guard differs from the last build's (kept in
    idn_identifier_epochs__guards_seen), deletes their rows, and this select numbers their
    epochs again. -#}
{% set scoped = incremental_with(['built', 'guards_seen']) %}

with

sightings as (
    select * from {{ ref('idn_owner_sightings') }}
),

guards as (
    {{ recycled_guards(ref('idn_identifier_guards')) }}
    {%- if scoped %}
    and (id_type, id_value) in (
        select scope.id_type, scope.id_value
        from {{ this.schema }}.{{ this.identifier }}__scope as scope
    )
    {%- endif %}
),

-- the owners of the recycled identifiers, from the records that saw each with an identifier of
-- its owner type (idn_owner_sightings)
owner_first_seen as (
    select
        sightings.id_type,
        sightings.id_value,
        sightings.owner_value,
        min(sightings.observed_at) as first_seen_at
    from sightings
    inner join guards
        on sightings.id_type = guards.id_type
        and sightings.id_value = guards.id_value
        and sightings.owner_type = guards.owner_type
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

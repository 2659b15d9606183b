{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ owner_sightings_scope(ref('idn_identifier_observations')) }}",
    post_hook="{{ record_build_of_this() }}",
) }}

{#- One row per record that carries an identifier the guards judge by its owners (a weak or a
    recyclable type) together with an owner identifier (a strong type with max_per_person): the
    pair, the record and when it was seen. idn_identifier_guards counts a weak identifier's
    owners and times a recyclable identifier's owners from these rows alone, so a micro-batch
    reads the sightings of the identifiers it touched instead of searching the observations
    twice (once for the records of those identifiers, once for those records' other
    identifiers).

    Incremental (by record): a record's observations are written together, so the records
    observed since the last build are paired from their new rows alone; the pre-hook
    (owner_sightings_scope) deletes the rows of the records whose observations were retracted
    since then. A change to the identifier_types seed needs a full refresh. -#}
with

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

observations as (
    select * from {{ ref('idn_identifier_observations') }}
    {%- if incremental_with(['built']) %}
    where loaded_at > {{ last_recorded_build() }}
    {%- endif %}
),

judged_by_owners as (
    select
        observations.source_name,
        observations.source_record_id,
        observations.id_type,
        observations.id_value,
        observations.observed_at
    from observations
    inner join identifier_types
        on observations.id_type = identifier_types.id_type
    where identifier_types.strength = 'weak' or identifier_types.can_be_recycled
),

owners as (
    select
        observations.source_name,
        observations.source_record_id,
        observations.id_type,
        observations.id_value
    from observations
    inner join identifier_types
        on observations.id_type = identifier_types.id_type
    where identifier_types.strength = 'strong' and identifier_types.max_per_person is not null
),

final as (
    select
        judged_by_owners.source_name,
        judged_by_owners.source_record_id,
        judged_by_owners.id_type,
        judged_by_owners.id_value,
        owners.id_type as owner_type,
        owners.id_value as owner_value,
        judged_by_owners.observed_at,
        {{ build_started_at() }} as loaded_at
    from judged_by_owners
    inner join owners
        on judged_by_owners.source_name = owners.source_name
        and judged_by_owners.source_record_id = owners.source_record_id
        and judged_by_owners.id_type != owners.id_type
)

select * from final

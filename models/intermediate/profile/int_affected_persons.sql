{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    post_hook=[
        "{{ record_build_of_this() }}",
        "delete from {{ this }} where loaded_at < {{ retraction_log_window_start() }}",
        "{{ write_person_scope_records(ref('idn_source_record_persons')) }}",
    ],
) }}

{#- The persons whose person-level rows a build must compute again (see
    macros/profile/person_scope.sql): one row per person and build. A full build lists every person.
    An incremental build lists the persons of the records idn_source_record_persons wrote since this
    model's last build (new records, new versions, records whose person changed), the persons those
    records were taken from (idn_source_record_persons__retracted: a merged person's old id, a split
    person's remainder), the persons of the identifiers idn_identifier_persons mapped again or
    removed (idn_identifier_persons__retracted) and the persons they held them before (a person can
    hold identifiers without holding a record), and every deleted person not listed as deleted yet,
    so that a new deletion request empties their rows (the marts leave deleted persons out whenever
    they compute them). Rows older than portrait__retraction_log_days are pruned, and so are the
    logs it reads: built last longer ago than that, an incremental build lists every person, as a
    full build does. An incremental build also writes the listed persons' records once, for the
    person-scoped models to read (write_person_scope_records). -#}
with

record_persons as (
    select * from {{ ref('idn_source_record_persons') }}
),

identifier_persons as (
    select * from {{ ref('idn_identifier_persons') }}
),

deleted_persons as (
    select * from {{ ref('int_deleted_persons') }}
),

{#- an incremental build reads the logs since its recorded build; built last longer ago than
    portrait__retraction_log_days (the logs may have lost entries since), it lists everyone -#}
{% if incremental_with(['built']) %}

retracted_record_persons as (
    select * from {{ ref('idn_source_record_persons').schema }}.{{
        ref('idn_source_record_persons').identifier }}__retracted
),

retracted_identifier_persons as (
    select * from {{ ref('idn_identifier_persons').schema }}.{{
        ref('idn_identifier_persons').identifier }}__retracted
),

changes as (
    select
        person_id,
        'record_resolved' as reason
    from record_persons
    where loaded_at > {{ last_build_of_this() }}
    union all
    select
        person_id,
        'record_retracted' as reason
    from retracted_record_persons
    where loaded_at > {{ last_build_of_this() }}
    union all
    select
        person_id,
        'identity_changed' as reason
    from identifier_persons
    where loaded_at > {{ last_build_of_this() }}
    union all
    select
        previous_person_id as person_id,
        'identity_changed' as reason
    from identifier_persons
    where loaded_at > {{ last_build_of_this() }}
    union all
    select
        person_id,
        'identity_changed' as reason
    from retracted_identifier_persons
    where loaded_at > {{ last_build_of_this() }}
    union all
    select
        person_id,
        'deleted_person' as reason
    from deleted_persons
    -- listed once, at the first build that sees the deletion (and again when that row is
    -- pruned); a deleted person's later records list them again as record_resolved
    where person_id not in (
        select listed.person_id from {{ this }} as listed
        where listed.reason = 'deleted_person'
    )
),

{% else %}

changes as (
    select
        person_id,
        'full_build' as reason
    from record_persons
    union all
    select
        person_id,
        'full_build' as reason
    from identifier_persons
    union all
    select
        person_id,
        'deleted_person' as reason
    from deleted_persons
),

{% endif %}

per_person as (
    select
        person_id,
        min(reason) as reason
    from changes
    where person_id is not null
    group by 1
),

final as (
    select
        person_id,
        reason,
        {{ build_started_at() }} as loaded_at
    from per_person
)

select * from final

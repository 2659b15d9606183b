{#- One row per entry into or exit from a segment: `entered` when a person first meets a
    segment's condition at a build, `exited` at the first build where they no longer do (or the
    segment was removed). Times are the profile clock of that build. Read from the membership
    history snp_segment_memberships, so event-driven marketing can react to changes. -#}
with

membership_versions as (
    select * from {{ ref('snp_segment_memberships') }}
),

deleted_persons as (
    select * from {{ ref('int_deleted_persons') }}
),

versions as (
    select membership_versions.*
    from membership_versions
    left join deleted_persons
        on membership_versions.person_id = deleted_persons.person_id
    where deleted_persons.person_id is null
),

entries as (
    select
        segment_name,
        person_id,
        'entered' as membership_event,
        dbt_valid_from as occurred_at
    from versions
),

exits as (
    select
        segment_name,
        person_id,
        'exited' as membership_event,
        dbt_valid_to as occurred_at
    from versions
    where dbt_valid_to is not null
),

final as (
    select * from entries
    union all
    select * from exits
)

select * from final

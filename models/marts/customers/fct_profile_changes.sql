{#- One row per change of a tracked profile trait (portrait__profile_history_traits): the person,
    the trait, its value before and after, and when the change was recorded (the profile clock of
    the build that saw it). Values are text. A trait that goes from or to empty is a change too;
    the first version of a profile is not (its values are in snp_customer_traits). Versions are
    ordered by when they start, then by when they end: a rebuild as of an earlier clock can
    start a version at the same instant as one it closes. -#}
{%- set traits = var('portrait__profile_history_traits') -%}
with

snapshot_versions as (
    select * from {{ ref('snp_customer_traits') }}
),

deleted_persons as (
    select * from {{ ref('int_deleted_persons') }}
),

-- the snapshot purges deleted persons after each run; this also covers a run that failed first
versions as (
    select snapshot_versions.*
    from snapshot_versions
    left join deleted_persons
        on snapshot_versions.person_id = deleted_persons.person_id
    where deleted_persons.person_id is null
),

trait_values as (
    {%- for trait in traits %}
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        '{{ trait }}' as trait,
        {{ trait }} as trait_value
    from versions
    {{- '\n    union all' if not loop.last }}
    {%- endfor %}
),

compared as (
    select
        person_id,
        trait,
        valid_from as changed_at,
        lag(trait_value) over (
            partition by person_id, trait order by valid_from asc, valid_to asc nulls last
        ) as old_value,
        trait_value as new_value,
        row_number() over (
            partition by person_id, trait order by valid_from asc, valid_to asc nulls last
        ) as version_number
    from trait_values
),

final as (
    select
        person_id,
        trait,
        old_value,
        new_value,
        changed_at
    from compared
    where
        version_number > 1
        and (
            old_value != new_value
            or (old_value is null and new_value is not null)
            or (old_value is not null and new_value is null)
        )
)

select * from final

with

snapshot_versions as (
    select * from "warehouse"."main_history"."snp_customer_traits"
),

deleted_persons as (
    select * from "warehouse"."main"."int_deleted_persons"
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
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'full_name' as trait,
        full_name as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'gender' as trait,
        gender as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'birth_date' as trait,
        birth_date as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'email' as trait,
        email as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'phone_e164' as trait,
        phone_e164 as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'province' as trait,
        province as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'city' as trait,
        city as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'age_band' as trait,
        age_band as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'order_count' as trait,
        order_count as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'total_net_amount' as trait,
        total_net_amount as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'r_score' as trait,
        r_score as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'f_score' as trait,
        f_score as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'm_score' as trait,
        m_score as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'preferred_purchase_channel' as trait,
        preferred_purchase_channel as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'preferred_store_id' as trait,
        preferred_store_id as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'top_categories' as trait,
        top_categories as trait_value
    from versions
    union all
    select
        person_id,
        dbt_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'lifecycle_stage' as trait,
        lifecycle_stage as trait_value
    from versions
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

    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "person_id","province","province_source","province_observed_at","city","city_source","city_tier", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__int_customer_attributes_survived as (

-- Fixture for int_customer_attributes_survived
select 
    
    cast('p_5' as character varying)
 as "person_id", 
    
    cast('city' as character varying)
 as "attribute", 
    
    cast('广州市' as character varying)
 as "value", 
    
    cast('crm_loyalty_app' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2025-03-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_5' as character varying)
 as "person_id", 
    
    cast('province' as character varying)
 as "attribute", 
    
    cast('北京市' as character varying)
 as "value", 
    
    cast('crm_salesforce' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2023-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_6' as character varying)
 as "person_id", 
    
    cast('city' as character varying)
 as "attribute", 
    
    cast('亚特兰蒂斯市' as character varying)
 as "value", 
    
    cast('web_events' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2025-03-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_6' as character varying)
 as "person_id", 
    
    cast('province' as character varying)
 as "attribute", 
    
    cast('浙江省' as character varying)
 as "value", 
    
    cast('crm_salesforce' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2023-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_7' as character varying)
 as "person_id", 
    
    cast('city' as character varying)
 as "attribute", 
    
    cast('杭州市' as character varying)
 as "value", 
    
    cast('web_events' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2025-03-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
),  __dbt__cte__regions as (

-- Fixture for regions
select 
    
    cast('440100' as character varying)
 as "region_code", 
    
    cast('city' as character varying)
 as "level", 
    
    cast('广州市' as character varying)
 as "canonical_name", 
    
    cast('广东省' as character varying)
 as "province_name", cast(null as character varying(256)) as "name_pinyin", cast(null as character varying(256)) as "name_en", 
    
    cast('1' as character varying)
 as "city_tier"
union all
select 
    
    cast('440000' as character varying)
 as "region_code", 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广东省' as character varying)
 as "canonical_name", 
    
    cast(null as character varying(256))
 as "province_name", cast(null as character varying(256)) as "name_pinyin", cast(null as character varying(256)) as "name_en", 
    
    cast(null as character varying(256))
 as "city_tier"
union all
select 
    
    cast('330100' as character varying)
 as "region_code", 
    
    cast('city' as character varying)
 as "level", 
    
    cast('杭州市' as character varying)
 as "canonical_name", 
    
    cast('浙江省' as character varying)
 as "province_name", cast(null as character varying(256)) as "name_pinyin", cast(null as character varying(256)) as "name_en", 
    
    cast('new_1' as character varying)
 as "city_tier"
),  __dbt__cte__age_bands as (

-- Fixture for age_bands
select 
    
    cast('under_18' as character varying)
 as "age_band", 
    
    cast('0' as INTEGER)
 as "min_age", 
    
    cast('18' as INTEGER)
 as "max_age"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-10-31 16:00:00' as TIMESTAMP)
 as "as_of_at"
), survived as (
    select * from __dbt__cte__int_customer_attributes_survived
),

regions as (
    select * from __dbt__cte__regions
    where level = 'city'
),

age_bands as (
    select * from __dbt__cte__age_bands
),

clock as (
    select * from __dbt__cte__int_profile_as_of
),

pivoted as (
    select
        person_id,
        max(case when attribute = 'full_name' then value end) as full_name,
        max(case when attribute = 'full_name' then source end) as full_name_source,
        max(case when attribute = 'full_name' then observed_at end) as full_name_observed_at,
        max(case when attribute = 'gender' then value end) as gender,
        max(case when attribute = 'gender' then source end) as gender_source,
        max(case when attribute = 'gender' then observed_at end) as gender_observed_at,
        max(case when attribute = 'birth_date' then value end) as birth_date,
        max(case when attribute = 'birth_date' then source end) as birth_date_source,
        max(case when attribute = 'birth_date' then observed_at end) as birth_date_observed_at,
        max(case when attribute = 'email' then value end) as email,
        max(case when attribute = 'email' then source end) as email_source,
        max(case when attribute = 'email' then observed_at end) as email_observed_at,
        max(case when attribute = 'phone_e164' then value end) as phone_e164,
        max(case when attribute = 'phone_e164' then source end) as phone_e164_source,
        max(case when attribute = 'phone_e164' then observed_at end) as phone_e164_observed_at,
        max(case when attribute = 'country' then value end) as country,
        max(case when attribute = 'country' then source end) as country_source,
        max(case when attribute = 'country' then observed_at end) as country_observed_at,
        max(case when attribute = 'province' then value end) as province,
        max(case when attribute = 'province' then source end) as province_source,
        max(case when attribute = 'province' then observed_at end) as province_observed_at,
        max(case when attribute = 'city' then value end) as city,
        max(case when attribute = 'city' then source end) as city_source,
        max(case when attribute = 'city' then observed_at end) as city_observed_at,
        max(case when attribute = 'postcode' then value end) as postcode,
        max(case when attribute = 'postcode' then source end) as postcode_source,
        max(case when attribute = 'postcode' then observed_at end) as postcode_observed_at,
        max(case when attribute = 'address' then value end) as address,
        max(case when attribute = 'address' then source end) as address_source,
        max(case when attribute = 'address' then observed_at end) as address_observed_at
    from survived
    group by 1
),

aged as (
    select
        pivoted.*,
        cast(pivoted.birth_date as date) as birth_day,
        cast(timezone('Asia/Shanghai', timezone('UTC', clock.as_of_at)) as date) as as_of_date
    from pivoted
    cross join clock
),

with_age as (
    select
        *,
        -- whole years: the year difference, less one before this year's birthday
        case
            when birth_day is not null
                then
                    extract(year from as_of_date) - extract(year from birth_day)
                    - case
                        when
                            extract(month from as_of_date) * 100 + extract(day from as_of_date)
                            < extract(month from birth_day) * 100 + extract(day from birth_day)
                            then 1
                        else 0
                    end
        end as age
    from aged
),

final as (
    select
        with_age.person_id,
        with_age.full_name,
        with_age.gender,
        with_age.birth_day as birth_date,
        cast(with_age.age as integer) as age,
        age_bands.age_band,
        with_age.email,
        with_age.phone_e164,
        with_age.country,
        coalesce(regions.province_name, with_age.province) as province,
        with_age.city,
        regions.city_tier,
        with_age.postcode,
        with_age.address,
        with_age.full_name_source,
        with_age.full_name_observed_at,
        with_age.gender_source,
        with_age.gender_observed_at,
        with_age.birth_date_source,
        with_age.birth_date_observed_at,
        with_age.email_source,
        with_age.email_observed_at,
        with_age.phone_e164_source,
        with_age.phone_e164_observed_at,
        with_age.country_source,
        with_age.country_observed_at,
        with_age.province_source,
        with_age.province_observed_at,
        with_age.city_source,
        with_age.city_observed_at,
        with_age.postcode_source,
        with_age.postcode_observed_at,
        with_age.address_source,
        with_age.address_observed_at
    from with_age
    left join regions
        on with_age.city = regions.canonical_name
    left join age_bands
        on with_age.age >= age_bands.min_age
        and (with_age.age < age_bands.max_age or age_bands.max_age is null)
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "person_id", "province", "province_source", "province_observed_at", "city", "city_source", "city_tier", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('p_5' as character varying)
 as "person_id", 
    
    cast('广东省' as character varying)
 as "province", 
    
    cast('crm_salesforce' as character varying)
 as "province_source", 
    
    cast('2023-01-01 00:00:00' as TIMESTAMP)
 as "province_observed_at", 
    
    cast('广州市' as character varying)
 as "city", 
    
    cast('crm_loyalty_app' as character varying)
 as "city_source", 
    
    cast('1' as character varying)
 as "city_tier"
union all
select 
    
    cast('p_6' as character varying)
 as "person_id", 
    
    cast('浙江省' as character varying)
 as "province", 
    
    cast('crm_salesforce' as character varying)
 as "province_source", 
    
    cast('2023-01-01 00:00:00' as TIMESTAMP)
 as "province_observed_at", 
    
    cast('亚特兰蒂斯市' as character varying)
 as "city", 
    
    cast('web_events' as character varying)
 as "city_source", 
    
    cast(null as character varying(256))
 as "city_tier"
union all
select 
    
    cast('p_7' as character varying)
 as "person_id", 
    
    cast('浙江省' as character varying)
 as "province", 
    
    cast(null as character varying(256))
 as "province_source", 
    
    cast(null as TIMESTAMP)
 as "province_observed_at", 
    
    cast('杭州市' as character varying)
 as "city", 
    
    cast('web_events' as character varying)
 as "city_source", 
    
    cast('new_1' as character varying)
 as "city_tier"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected
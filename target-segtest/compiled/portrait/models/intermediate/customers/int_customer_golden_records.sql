with

survived as (
    select * from "warehouse"."main"."int_customer_attributes_survived"
),

regions as (
    select * from "warehouse"."main_reference"."regions"
    where level = 'city'
),

age_bands as (
    select * from "warehouse"."main_reference"."age_bands"
),

clock as (
    select * from "warehouse"."main"."int_profile_as_of"
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
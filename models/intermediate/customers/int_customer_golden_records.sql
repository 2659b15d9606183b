{{ config(**person_scoped_config()) }}

{#- One row per person with at least one surviving golden-record attribute: the attributes side
    by side with their provenance (source and time of the surviving observation), plus the
    demographics read from them. Age is in whole years at the profile clock (local date); the
    age band comes from the age_bands seed; the city tier and, for a known city, the province
    come from the regions seed, so that province and city never disagree. -#}
{%- set attributes = ['full_name', 'gender', 'birth_date', 'email', 'phone_e164', 'country',
                      'province', 'city', 'postcode', 'address'] -%}
{#- The per-attribute column lists are built here and joined into the selects below: sqlfluff
    cannot lay out a for loop that ends a select list (sqlfluff issue 5371). -#}
{%- set pivoted_columns = [] -%}
{%- set provenance_columns = [] -%}
{%- for attribute in attributes -%}
{%- do pivoted_columns.extend([
    "max(case when attribute = '" ~ attribute ~ "' then value end) as " ~ attribute,
    "max(case when attribute = '" ~ attribute ~ "' then source end) as " ~ attribute ~ "_source",
    "max(case when attribute = '" ~ attribute ~ "' then observed_at end) as "
    ~ attribute ~ "_observed_at",
]) -%}
{%- do provenance_columns.extend([
    "with_age." ~ attribute ~ "_source",
    "with_age." ~ attribute ~ "_observed_at",
]) -%}
{%- endfor -%}
with

survived as (
    select * from {{ ref('int_customer_attributes_survived') }}
    where {{ in_person_scope() }}
),

regions as (
    select * from {{ ref('regions') }}
    where level = 'city'
),

age_bands as (
    select * from {{ ref('age_bands') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

pivoted as (
    select
        person_id,
        {{ pivoted_columns | join(',\n        ') }}
    from survived
    group by 1
),

aged as (
    select
        pivoted.*,
        cast(pivoted.birth_date as date) as birth_day,
        cast({{ to_local_time('clock.as_of_at') }} as date) as as_of_date
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
        {{ provenance_columns | join(',\n        ') }}
    from with_age
    left join regions
        on with_age.city = regions.canonical_name
    left join age_bands
        on with_age.age >= age_bands.min_age
        and (with_age.age < age_bands.max_age or age_bands.max_age is null)
)

select * from final

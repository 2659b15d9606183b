{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='contact_id',
    on_schema_change='fail',
) }}

{#- the rows read, and where the lookups find the raw values they normalize -#}
{%- set rows_read = rows_to_stage('base_crm__contacts') %}

with

contacts as (
    select *
    {{ rows_read }}
),

looked_up as (
    -- one join per seed lookup: each raw value is normalized once (seed_lookup_join)
    select
        contacts.*,
        gender_lookup.lookup_value as gender_looked_up,
        city_lookup.lookup_value as city_looked_up,
        province_lookup.lookup_value as province_looked_up,
        country_lookup.lookup_value as country_looked_up
    from contacts
    {{ gender_lookup_join(
        'gender_lookup',
        'contacts.gender',
        'select gender as raw_value ' ~ rows_read,
    ) }}
    {{ city_lookup_join(
        'city_lookup',
        'contacts.city',
        'select city as raw_value ' ~ rows_read,
    ) }}
    {{ province_lookup_join(
        'province_lookup',
        'contacts.province',
        'select province as raw_value ' ~ rows_read,
    ) }}
    {{ country_lookup_join(
        'country_lookup',
        'contacts.country',
        'select country as raw_value ' ~ rows_read,
    ) }}
),

normalized as (
    select
        contact_id,
        lower(source_system) as source_system,
        {{ normalize_name('first_name') }} as first_name,
        {{ normalize_name('last_name') }} as last_name,
        {{ normalize_name('full_name') }} as full_name,
        gender_looked_up as gender,
        {{ parse_date('birth_date') }} as birth_date_parsed,
        birth_date is not null as has_birth_date,
        {{ normalize_email('email') }} as email,
        {{ normalize_phone('phone', var('portrait__default_phone_region')) }} as phone_e164,
        phone as phone_raw,
        {{ normalize_national_id('national_id') }} as national_id,
        {{ normalize_text('address_line1') }} as address_line1,
        {{ normalize_text('address_line2') }} as address_line2,
        {{ normalize_text('district') }} as district,
        city_looked_up as city,
        {{ normalize_text('city') }} as city_raw,
        province_looked_up as province,
        {{ normalize_text('province') }} as province_raw,
        {{ normalize_postcode('postcode') }} as postcode,
        country_looked_up as country,
        {{ normalize_text('loyalty_member_id') }} as loyalty_member_id,
        {{ to_utc('created_at') }} as created_at,
        {{ to_utc('updated_at') }} as updated_at,
        source_file,
        loaded_at
    from looked_up
),

flagged as (
    select
        contact_id,
        source_system,
        first_name,
        last_name,
        full_name,
        gender,
        case
            when {{ is_plausible_birth_date('birth_date_parsed') }} then birth_date_parsed
        end as birth_date,
        case
            when has_birth_date
                then coalesce({{ is_plausible_birth_date('birth_date_parsed') }}, false)
        end as is_birth_date_valid,
        case when {{ is_valid_email('email') }} then email end as email,
        {{ is_valid_email('email') }} as is_email_valid,
        case when {{ is_valid_phone('phone_e164') }} then phone_e164 end as phone_e164,
        {{ is_phone_input_valid('phone_raw', 'phone_e164') }} as is_phone_valid,
        case when {{ is_valid_national_id('national_id') }} then national_id end as national_id,
        national_id as national_id_raw,
        {{ is_valid_national_id('national_id') }} as is_national_id_valid,
        address_line1,
        address_line2,
        district,
        city,
        city_raw,
        province,
        province_raw,
        postcode,
        country,
        loyalty_member_id,
        created_at,
        updated_at,
        source_file,
        loaded_at
    from normalized
),

final as (
    select * from flagged
)

select * from final

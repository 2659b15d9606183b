{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='follower_id',
    on_schema_change='fail',
) }}

{#- the rows read, and where the lookups find the raw values they normalize -#}
{%- set rows_read = rows_to_stage('base_wechat__followers') %}

with

followers as (
    select *
    {{ rows_read }}
),

looked_up as (
    -- one join per seed lookup: each raw value is normalized once (seed_lookup_join)
    select
        followers.*,
        gender_lookup.lookup_value as gender_looked_up,
        city_lookup.lookup_value as city_looked_up,
        province_lookup.lookup_value as province_looked_up,
        country_lookup.lookup_value as country_looked_up
    from followers
    {{ gender_lookup_join(
        'gender_lookup',
        'followers.sex',
        'select sex as raw_value ' ~ rows_read,
    ) }}
    {{ city_lookup_join(
        'city_lookup',
        'followers.city',
        'select city as raw_value ' ~ rows_read,
    ) }}
    {{ province_lookup_join(
        'province_lookup',
        'followers.province',
        'select province as raw_value ' ~ rows_read,
    ) }}
    {{ country_lookup_join(
        'country_lookup',
        'followers.country',
        'select country as raw_value ' ~ rows_read,
    ) }}
),

normalized as (
    select
        app_id || ':' || openid as follower_id,
        app_id,
        lower(app_type) as app_type,
        openid,
        unionid,
        {{ normalize_name('nickname') }} as nickname,
        gender_looked_up as gender,
        city_looked_up as city,
        province_looked_up as province,
        country_looked_up as country,
        language,
        {{ to_utc('subscribed_at') }} as subscribed_at,
        {{ to_utc('unsubscribed_at') }} as unsubscribed_at,
        {{ normalize_phone('bound_mobile', var('portrait__default_phone_region')) }}
            as bound_mobile_e164,
        bound_mobile as bound_mobile_raw,
        updated_at_utc as updated_at,
        source_file,
        loaded_at
    from looked_up
),

final as (
    select
        * exclude (bound_mobile_raw),
        unsubscribed_at is null as is_subscribed,
        {{ is_phone_input_valid('bound_mobile_raw', 'bound_mobile_e164') }}
            as is_bound_mobile_valid
    from normalized
)

select * from final

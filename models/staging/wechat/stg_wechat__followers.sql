{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='follower_id',
    on_schema_change='fail',
) }}

with

followers as (
    select * from {{ ref('base_wechat__followers') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

normalized as (
    select
        app_id || ':' || openid as follower_id,
        app_id,
        lower(app_type) as app_type,
        openid,
        unionid,
        {{ normalize_name('nickname') }} as nickname,
        {{ normalize_gender('sex') }} as gender,
        {{ normalize_city('city') }} as city,
        {{ normalize_province('province') }} as province,
        {{ normalize_country('country') }} as country,
        language,
        {{ to_utc('subscribed_at') }} as subscribed_at,
        {{ to_utc('unsubscribed_at') }} as unsubscribed_at,
        {{ normalize_phone('bound_mobile', var('portrait__default_phone_region')) }}
            as bound_mobile_e164,
        bound_mobile as bound_mobile_raw,
        updated_at_utc as updated_at,
        source_file,
        loaded_at
    from followers
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

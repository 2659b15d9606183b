{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='message_id',
    on_schema_change='fail',
) }}

{#- the properties and traits read below, each object parsed once per row -#}
{%- set property_paths = ['$.product_id', '$.category', '$.price', '$.quantity', '$.cart_id',
    '$.order_id', '$.total', '$.value', '$.currency', '$.query'] -%}
{%- set trait_paths = ['$.email', '$.phone', '$.name', '$.gender', '$.birthday', '$.city',
    '$.wechat_app_id', '$.wechat_openid', '$.wechat_unionid', '$.weibo_uid',
    '$.douyin_open_id'] -%}

{#- the rows read, and where the lookups find the raw values they normalize -#}
{%- set rows_read = rows_to_stage('base_segment__messages') %}

with

messages as (
    select *
    {{ rows_read }}
),

extracted as (
    select
        *,
        {{ json_texts('properties', property_paths) }} as property_texts,
        {{ json_texts('traits', trait_paths) }} as trait_texts
    from messages
),

looked_up as (
    -- one join per seed lookup: each raw value is normalized once (seed_lookup_join)
    select
        extracted.*,
        gender_lookup.lookup_value as trait_gender_looked_up,
        city_lookup.lookup_value as trait_city_looked_up
    from extracted
    {{ gender_lookup_join(
        'gender_lookup',
        json_text_of('extracted.trait_texts', trait_paths, 'extracted.traits', '$.gender'),
        'select ' ~ json_text('traits', '$.gender') ~ ' as raw_value ' ~ rows_read,
    ) }}
    {{ city_lookup_join(
        'city_lookup',
        json_text_of('extracted.trait_texts', trait_paths, 'extracted.traits', '$.city'),
        'select ' ~ json_text('traits', '$.city') ~ ' as raw_value ' ~ rows_read,
    ) }}
),

normalized as (
    select
        message_id,
        message_type,
        case
            when message_type = 'track' then event_name
            when message_type in ('page', 'screen') then screen_name
        end as event_name,
        anonymous_id,
        user_id,
        previous_id,
        event_timestamp_utc as occurred_at,
        {{ to_utc('sent_at') }} as sent_at,
        received_at_utc as received_at,
        case
            when library_name = 'analytics-miniprogram' then 'miniprogram'
            when library_name in ('analytics-ios', 'analytics-android') then 'app'
            when library_name is not null then 'web'
        end as platform,
        {{ json_text_of('property_texts', property_paths, 'properties', '$.product_id') }}
            as product_sku,
        {{ json_text_of('property_texts', property_paths, 'properties', '$.category') }}
            as category_path,
        try_cast(
            {{ json_text_of('property_texts', property_paths, 'properties', '$.price') }}
            as decimal(18, 2)
        ) as price_amount,
        try_cast(
            {{ json_text_of('property_texts', property_paths, 'properties', '$.quantity') }}
            as integer
        ) as quantity,
        {{ json_text_of('property_texts', property_paths, 'properties', '$.cart_id') }}
            as cart_id,
        {{ json_text_of('property_texts', property_paths, 'properties', '$.order_id') }}
            as order_id,
        try_cast(
            coalesce(
                {{ json_text_of('property_texts', property_paths, 'properties', '$.total') }},
                {{ json_text_of('property_texts', property_paths, 'properties', '$.value') }}
            ) as decimal(18, 2)
        ) as value_amount,
        upper({{ json_text_of('property_texts', property_paths, 'properties', '$.currency') }})
            as currency,
        {{ json_text_of('property_texts', property_paths, 'properties', '$.query') }}
            as search_query,
        {{ normalize_email(json_text_of('trait_texts', trait_paths, 'traits', '$.email')) }}
            as trait_email,
        {{ normalize_phone(json_text_of('trait_texts', trait_paths, 'traits', '$.phone'),
                           var('portrait__default_phone_region')) }} as trait_phone_e164,
        {{ json_text_of('trait_texts', trait_paths, 'traits', '$.phone') }} as trait_phone_raw,
        {{ normalize_name(json_text_of('trait_texts', trait_paths, 'traits', '$.name')) }}
            as trait_name,
        trait_gender_looked_up as trait_gender,
        {{ parse_date(json_text_of('trait_texts', trait_paths, 'traits', '$.birthday')) }}
            as trait_birth_date,
        trait_city_looked_up as trait_city,
        {{ json_text_of('trait_texts', trait_paths, 'traits', '$.wechat_app_id') }}
            as trait_wechat_app_id,
        {{ json_text_of('trait_texts', trait_paths, 'traits', '$.wechat_openid') }}
            as trait_wechat_openid,
        {{ json_text_of('trait_texts', trait_paths, 'traits', '$.wechat_unionid') }}
            as trait_wechat_unionid,
        {{ json_text_of('trait_texts', trait_paths, 'traits', '$.weibo_uid') }}
            as trait_weibo_uid,
        {{ json_text_of('trait_texts', trait_paths, 'traits', '$.douyin_open_id') }}
            as trait_douyin_open_id,
        context_ip,
        context_user_agent,
        context_locale,
        page_url,
        page_path,
        page_referrer,
        page_title,
        campaign_name,
        campaign_source,
        campaign_medium,
        device_id,
        device_type,
        device_model,
        device_manufacturer,
        app_name,
        app_version,
        library_name,
        library_version,
        os_name,
        os_version,
        properties as properties_json,
        traits as traits_json,
        source_file,
        loaded_at
    from looked_up
),

flagged as (
    select
        * exclude (trait_phone_raw),
        {{ is_valid_email('trait_email') }} as is_trait_email_valid,
        {{ is_phone_input_valid('trait_phone_raw', 'trait_phone_e164') }}
            as is_trait_phone_valid
    from normalized
),

final as (
    select * from flagged
)

select * from final

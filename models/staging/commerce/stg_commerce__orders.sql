{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='order_id',
    on_schema_change='fail',
) }}

{#- the rows read, and where the lookups find the raw values they normalize -#}
{%- set rows_read = rows_to_stage('base_commerce__orders') %}

with

orders as (
    select *
    {{ rows_read }}
),

looked_up as (
    -- one join per seed lookup: each raw value is normalized once (seed_lookup_join)
    select
        orders.*,
        province_lookup.lookup_value as shipping_province_looked_up,
        city_lookup.lookup_value as shipping_city_looked_up
    from orders
    {{ province_lookup_join(
        'province_lookup',
        'orders.shipping_province',
        'select shipping_province as raw_value ' ~ rows_read,
    ) }}
    {{ city_lookup_join(
        'city_lookup',
        'orders.shipping_city',
        'select shipping_city as raw_value ' ~ rows_read,
    ) }}
),

normalized as (
    select
        order_id,
        lower(channel) as channel,
        store_id,
        account_id,
        {{ normalize_email('email') }} as email,
        {{ normalize_phone('phone', var('portrait__default_phone_region')) }} as phone_e164,
        phone as phone_raw,
        ordered_at_utc as ordered_at,
        lower(status) as status,
        upper(coalesce(currency, 'CNY')) as currency,
        cast(total_amount as decimal(18, 2)) as total_amount,
        updated_at_utc as updated_at,
        {{ normalize_name('receiver_name') }} as receiver_name,
        shipping_province_looked_up as shipping_province,
        shipping_city_looked_up as shipping_city,
        {{ normalize_text('shipping_address') }} as shipping_address,
        source_file,
        loaded_at
    from looked_up
),

flagged as (
    select
        * exclude (phone_raw),
        {{ is_valid_email('email') }} as is_email_valid,
        {{ is_phone_input_valid('phone_raw', 'phone_e164') }} as is_phone_valid,
        status in ('cancelled', 'refunded') as is_reversed
    from normalized
),

final as (
    select * from flagged
)

select * from final

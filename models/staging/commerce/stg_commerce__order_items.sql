{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='order_item_id',
    on_schema_change='fail',
) }}

with

order_items as (
    select * from {{ ref('base_commerce__order_items') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

normalized as (
    select
        order_id || '-' || cast(cast(line_number as integer) as varchar) as order_item_id,
        order_id,
        cast(line_number as integer) as line_number,
        sku,
        {{ normalize_text('product_name') }} as product_name,
        {{ normalize_text('category_path') }} as category_path,
        cast(quantity as integer) as quantity,
        cast(unit_price as decimal(18, 2)) as unit_price_amount,
        coalesce(cast(discount_amount as decimal(18, 2)), 0) as discount_amount,
        source_file,
        loaded_at
    from order_items
),

final as (
    select
        *,
        split_part(category_path, '>', 1) as category_level1,
        quantity * unit_price_amount - discount_amount as line_net_amount
    from normalized
)

select * from final

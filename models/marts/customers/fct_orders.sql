{#- One row per staged order, with its person (null when the order resolved to no person). -#}
with

orders as (
    select * from {{ ref('int_orders_joined_to_persons') }}
),

final as (
    select
        order_id,
        person_id,
        ordered_at,
        status,
        net_amount,
        currency,
        gross_amount,
        refunded_amount,
        discount_amount,
        is_completed,
        is_refunded,
        is_cancelled,
        channel,
        store_id,
        account_id,
        line_count,
        item_quantity,
        shipping_province,
        shipping_city,
        updated_at,
        source_file
    from orders
)

select * from final

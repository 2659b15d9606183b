{#- One row per staged order, with its person, its lines summed and the amounts that count. An
    order counts towards a customer's totals only when completed; refunded and cancelled orders
    count nothing, so totals are net of refunds. Orders still in flight (created, paid, shipped)
    keep their amount as net_amount but are not completed. -#}
with

orders as (
    select * from {{ ref('stg_commerce__orders') }}
),

order_items as (
    select * from {{ ref('stg_commerce__order_items') }}
),

record_persons as (
    select * from {{ ref('idn_source_record_persons') }}
    where source_name = 'orders'
),

items_per_order as (
    select
        order_id,
        count(*) as line_count,
        cast(sum(quantity) as bigint) as item_quantity,
        cast(sum(discount_amount) as decimal(18, 2)) as discount_amount
    from order_items
    group by 1
),

orders_joined as (
    select
        orders.order_id,
        record_persons.person_id,
        orders.channel,
        orders.store_id,
        orders.account_id,
        orders.ordered_at,
        orders.updated_at,
        orders.status,
        orders.status = 'completed' as is_completed,
        orders.status = 'refunded' as is_refunded,
        orders.status = 'cancelled' as is_cancelled,
        orders.currency,
        orders.total_amount as gross_amount,
        case when orders.status = 'refunded' then orders.total_amount else 0 end
            as refunded_amount,
        case
            when orders.status in ('refunded', 'cancelled') then 0
            else orders.total_amount
        end as net_amount,
        coalesce(items_per_order.line_count, 0) as line_count,
        coalesce(items_per_order.item_quantity, 0) as item_quantity,
        coalesce(items_per_order.discount_amount, cast(0 as decimal(18, 2))) as discount_amount,
        orders.shipping_province,
        orders.shipping_city,
        orders.source_file
    from orders
    left join record_persons
        on orders.order_id = record_persons.source_record_id
    left join items_per_order
        on orders.order_id = items_per_order.order_id
),

final as (
    select * from orders_joined
)

select * from final

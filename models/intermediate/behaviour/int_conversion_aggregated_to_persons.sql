{{ config(**person_scoped_config()) }}

{#- One row per person who viewed a product or filled a cart at or before the profile clock:
    browse-to-buy and cart abandonment.
    Browse-to-buy rate: of the distinct products the person viewed, the share they later bought
    (a line of a placed, not cancelled order at or after the first view).
    Cart abandonment rate: of the carts the person added products to, the share not followed by
    an order of theirs (placed in any channel, or confirmed online) within
    portrait__cart_conversion_hours of the cart's last addition. -#}
with

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    where {{ in_person_scope() }}
        and person_id is not null
),

orders as (
    select * from {{ ref('int_orders_joined_to_persons') }}
    where {{ in_person_scope() }}
        and person_id is not null and not is_cancelled
),

order_items as (
    select * from {{ ref('stg_commerce__order_items') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

events_until_clock as (
    select events.*
    from events
    cross join clock
    where events.occurred_at <= clock.as_of_at
),

viewed_products as (
    select
        person_id,
        product_sku,
        min(occurred_at) as first_viewed_at
    from events_until_clock
    where event_type = 'product_viewed' and product_sku is not null
    group by 1, 2
),

bought_products as (
    select
        orders.person_id,
        order_items.sku as product_sku,
        max(orders.ordered_at) as last_bought_at
    from order_items
    inner join orders
        on order_items.order_id = orders.order_id
    cross join clock
    where orders.ordered_at <= clock.as_of_at
    group by 1, 2
),

browse_to_buy as (
    select
        viewed_products.person_id,
        count(*) as viewed_products,
        count(
            case when bought_products.last_bought_at >= viewed_products.first_viewed_at then 1 end
        ) as viewed_products_bought
    from viewed_products
    left join bought_products
        on viewed_products.person_id = bought_products.person_id
        and viewed_products.product_sku = bought_products.product_sku
    group by 1
),

carts as (
    select
        person_id,
        cart_id,
        max(occurred_at) as last_added_at
    from events_until_clock
    where event_type = 'product_added' and cart_id is not null
    group by 1, 2
),

purchases as (
    select
        person_id,
        occurred_at as purchased_at
    from events_until_clock
    where event_type in ('order_placed', 'order_completed')
),

carts_converted as (
    select
        carts.person_id,
        carts.cart_id,
        count(purchases.purchased_at) > 0 as is_converted
    from carts
    left join purchases
        on carts.person_id = purchases.person_id
        and carts.last_added_at <= purchases.purchased_at
        and purchases.purchased_at <= {{ dbt.dateadd(
            'hour', var('portrait__cart_conversion_hours'), 'carts.last_added_at'
        ) }}
    group by 1, 2
),

cart_totals as (
    select
        person_id,
        count(*) as carts,
        count(case when not is_converted then 1 end) as abandoned_carts
    from carts_converted
    group by 1
),

persons as (
    select person_id from browse_to_buy
    union
    select person_id from cart_totals
),

final as (
    select
        persons.person_id,
        coalesce(browse_to_buy.viewed_products, 0) as viewed_products,
        coalesce(browse_to_buy.viewed_products_bought, 0) as viewed_products_bought,
        case
            when browse_to_buy.viewed_products > 0
                then
                    cast(
                        round(
                            browse_to_buy.viewed_products_bought / browse_to_buy.viewed_products, 4
                        )
                        as double
                    )
        end as browse_to_buy_rate,
        coalesce(cart_totals.carts, 0) as carts,
        coalesce(cart_totals.abandoned_carts, 0) as abandoned_carts,
        case
            when cart_totals.carts > 0
                then cast(round(cart_totals.abandoned_carts / cart_totals.carts, 4) as double)
        end as cart_abandonment_rate
    from persons
    left join browse_to_buy
        on persons.person_id = browse_to_buy.person_id
    left join cart_totals
        on persons.person_id = cart_totals.person_id
)

select * from final

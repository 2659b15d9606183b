{#- One row per staged order, with its person (null when the order resolved to no person).
    Orders of persons who asked to be deleted are left out. -#}
with

orders_joined as (
    select * from {{ ref('int_orders_joined_to_persons') }}
),

deleted_persons as (
    select * from {{ ref('int_deleted_persons') }}
),

orders as (
    select orders_joined.*
    from orders_joined
    left join deleted_persons
        on orders_joined.person_id = deleted_persons.person_id
    where deleted_persons.person_id is null
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

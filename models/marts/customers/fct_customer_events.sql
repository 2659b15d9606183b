{#- One row per customer event from every behavioural source, with its person (null when the
    record resolved to no person). -#}
with

events as (
    select * from {{ ref('int_customer_events_unioned') }}
),

event_types as (
    select * from {{ ref('event_types') }}
),

final as (
    select
        events.event_id,
        events.person_id,
        events.occurred_at,
        events.event_type,
        event_types.event_category,
        coalesce(event_types.is_customer_initiated, true) as is_customer_initiated,
        events.channel,
        events.source_name,
        events.source_record_id,
        events.product_sku,
        events.category,
        events.order_id,
        events.cart_id,
        events.campaign_id,
        events.store_id,
        events.amount,
        events.currency,
        events.device_type
    from events
    left join event_types
        on events.event_type = event_types.event_type
)

select * from final

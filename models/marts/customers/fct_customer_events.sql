{#- One row per customer event from every behavioural source, with its person (null when the
    record resolved to no person). Events of persons who asked to be deleted are left out. -#}
with

events_unioned as (
    select * from {{ ref('int_customer_events_unioned') }}
),

deleted_persons as (
    select * from {{ ref('int_deleted_persons') }}
),

events as (
    select events_unioned.*
    from events_unioned
    left join deleted_persons
        on events_unioned.person_id = deleted_persons.person_id
    where deleted_persons.person_id is null
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

{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['source_name', 'source_record_id'],
    on_schema_change='fail',
    post_hook="delete from {{ this }} where person_id in (select deleted.person_id from {{ ref('int_deleted_persons') }} as deleted)",
) }}

{#- One row per customer event from every behavioural source, with its person (null when the
    record resolved to no person). Events of persons who asked to be deleted are left out: the
    post-hook removes them, in every build, including those of persons deleted since the events
    were loaded.

    Incremental (delete+insert per record): a build writes the events that
    int_customer_events_unioned wrote since the last one. -#}
with

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    {{ written_since_last_build(keyword='where') }}
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
        events.device_type,
        events.loaded_at
    from events
    left join event_types
        on events.event_type = event_types.event_type
)

select * from final

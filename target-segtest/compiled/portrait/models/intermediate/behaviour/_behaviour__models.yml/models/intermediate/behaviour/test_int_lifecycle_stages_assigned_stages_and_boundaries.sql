with

 __dbt__cte__int_customer_events_unioned as (

-- Fixture for int_customer_events_unioned
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_new' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-22 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_active' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-01-10 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_active' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-04-10 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_active' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('social_like' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-10 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_active' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_risk' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-01-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_risk' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-06-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_churned' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('ticket_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2025-06-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_churned' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('wechat_subscribed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2025-12-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_churned' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-20 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_reactivated' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2025-01-15 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_reactivated' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_risk_90' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-05-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_risk_90' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-03 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_active_89' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-05-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_active_89' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-03 16:30:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_churned_180' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-01-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_churned_180' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-05-05 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_risk_179' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-01-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_risk_179' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-05-06 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_not_new_30' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-02 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_not_new_30' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-20 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_gap_180' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-04-04 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_gap_180' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_gap_179' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-04-05 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_gap_179' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_returned_90' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2025-06-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_returned_90' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-03 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_returned_90' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-22 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_returned_89' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2025-06-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_returned_89' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-04 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_returned_89' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-22 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_at_clock' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('signed_in' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-31 16:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_after_clock' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('signed_in' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-31 16:00:01' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_email_only' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_email_only' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_passive' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_delivered' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_passive' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_bounced' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-02 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_passive' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('ticket_closed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-03 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
),  __dbt__cte__event_types as (

-- Fixture for event_types
select 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A web or mini-program page view' as character varying)
 as "description"
union all
select 
    
    cast('screen_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An app screen view' as character varying)
 as "description"
union all
select 
    
    cast('product_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product detail view' as character varying)
 as "description"
union all
select 
    
    cast('products_searched' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product search' as character varying)
 as "description"
union all
select 
    
    cast('product_added' as character varying)
 as "event_type", 
    
    cast('cart' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product added to a cart' as character varying)
 as "description"
union all
select 
    
    cast('checkout_started' as character varying)
 as "event_type", 
    
    cast('cart' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A checkout begun from a cart' as character varying)
 as "description"
union all
select 
    
    cast('order_completed' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The web or app confirmation that an order was placed' as character varying)
 as "description"
union all
select 
    
    cast('signed_in' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A sign-in on web or app or mini-program' as character varying)
 as "description"
union all
select 
    
    cast('identified' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer identified themselves (sign-up or sign-in traits)' as character varying)
 as "description"
union all
select 
    
    cast('aliased' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An anonymous id tied to a user id' as character varying)
 as "description"
union all
select 
    
    cast('order_placed' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order placed in any channel (own shop or Tmall or JD or store)' as character varying)
 as "description"
union all
select 
    
    cast('order_refunded' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order refunded after it was placed' as character varying)
 as "description"
union all
select 
    
    cast('order_cancelled' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order cancelled after it was placed' as character varying)
 as "description"
union all
select 
    
    cast('email_sent' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email sent to the customer' as character varying)
 as "description"
union all
select 
    
    cast('email_delivered' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email delivered to the inbox' as character varying)
 as "description"
union all
select 
    
    cast('email_bounced' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email that bounced' as character varying)
 as "description"
union all
select 
    
    cast('email_opened' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email opened' as character varying)
 as "description"
union all
select 
    
    cast('email_clicked' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A link in a campaign email clicked' as character varying)
 as "description"
union all
select 
    
    cast('email_unsubscribed' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer unsubscribed from email' as character varying)
 as "description"
union all
select 
    
    cast('email_spam_reported' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer reported an email as spam' as character varying)
 as "description"
union all
select 
    
    cast('wechat_subscribed' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer followed a WeChat official account or mini-program' as character varying)
 as "description"
union all
select 
    
    cast('wechat_unsubscribed' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer unfollowed a WeChat account' as character varying)
 as "description"
union all
select 
    
    cast('social_like' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A like on WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('social_comment' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A comment on WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('social_share' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A share of WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('survey_submitted' as character varying)
 as "event_type", 
    
    cast('survey' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A survey answered' as character varying)
 as "description"
union all
select 
    
    cast('ticket_opened' as character varying)
 as "event_type", 
    
    cast('service' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A customer service ticket opened' as character varying)
 as "description"
union all
select 
    
    cast('ticket_closed' as character varying)
 as "event_type", 
    
    cast('service' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A customer service ticket closed by the service team' as character varying)
 as "description"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-10-31 16:00:00' as TIMESTAMP)
 as "as_of_at"
), events as (
    select * from __dbt__cte__int_customer_events_unioned
    where person_id is not null
),

event_types as (
    select * from __dbt__cte__event_types
),

clock as (
    select * from __dbt__cte__int_profile_as_of
),

active_days as (
    select distinct
        events.person_id,
        cast(timezone('Asia/Shanghai', timezone('UTC', events.occurred_at)) as date) as active_date
    from events
    inner join event_types
        on events.event_type = event_types.event_type
    cross join clock
    where event_types.is_customer_initiated and events.occurred_at <= clock.as_of_at
),

gaps as (
    select
        person_id,
        active_date,
        
        (date_diff('day', lag(active_date) over (partition by person_id order by active_date)::timestamp, active_date::timestamp ))
     as days_since_previous
    from active_days
),

per_person as (
    select
        person_id,
        min(active_date) as first_active_date,
        max(active_date) as last_active_date,
        max(
            case
                when days_since_previous >= 180
                    then active_date
            end
        ) as last_returned_date,
        count(*) as active_dates
    from gaps
    group by 1
),

clock_local_date as (
    select cast(timezone('Asia/Shanghai', timezone('UTC', as_of_at)) as date) as as_of_date from clock
),

measured as (
    select
        per_person.*,
        
        (date_diff('day', per_person.first_active_date::timestamp, clock_local_date.as_of_date::timestamp ))
    
            as days_since_first_active,
        
        (date_diff('day', per_person.last_active_date::timestamp, clock_local_date.as_of_date::timestamp ))
    
            as days_since_last_active,
        
        (date_diff('day', per_person.last_returned_date::timestamp, clock_local_date.as_of_date::timestamp ))
    
            as days_since_returned
    from per_person
    cross join clock_local_date
),

staged as (
    select
        person_id,
        case
            when days_since_last_active >= 180
                then 'churned'
            when days_since_last_active >= 90
                then 'at_risk'
            when days_since_first_active < 30
                then 'new'
            when days_since_returned < 90
                then 'reactivated'
            else 'active'
        end as lifecycle_stage,
        first_active_date,
        last_active_date,
        last_returned_date,
        days_since_first_active,
        days_since_last_active,
        active_dates
    from measured
),

final as (
    select * from staged
)

select * from final
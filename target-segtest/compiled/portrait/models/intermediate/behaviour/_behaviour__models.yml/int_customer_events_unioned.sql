
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
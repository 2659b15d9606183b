
-- Fixture for int_customer_events_unioned
select cast(null as character varying(256)) as "event_id", 
    
    cast('p1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-10 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_cancelled' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-11 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p3' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p3' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-02 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p4' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p4' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-03 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p5' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p5' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p5' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-02 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p6' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p7' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p7' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_refunded' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-20 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
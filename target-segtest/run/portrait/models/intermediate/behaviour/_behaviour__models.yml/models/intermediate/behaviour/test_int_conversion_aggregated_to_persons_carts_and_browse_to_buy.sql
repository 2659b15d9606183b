
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "person_id","viewed_products","viewed_products_bought","browse_to_buy_rate","carts","abandoned_carts","cart_abandonment_rate", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__int_customer_events_unioned as (

-- Fixture for int_customer_events_unioned
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_added' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_a' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast('c1' as character varying)
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_added' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 11:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_b' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast('c1' as character varying)
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_completed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-02 11:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast(null as character varying(256))
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_added' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-05 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_a' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast('c2' as character varying)
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-06 10:00:01' as TIMESTAMP)
 as "occurred_at", 
    
    cast(null as character varying(256))
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_other' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-05 12:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast(null as character varying(256))
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-10 09:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast(null as character varying(256))
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_added' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-10 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_c' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast('c3' as character varying)
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_added' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-31 20:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_c' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast('c4' as character varying)
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-01 01:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast(null as character varying(256))
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_cart' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_added' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-12 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_c' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_a' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-04 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_a' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-10 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_b' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_c' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_d' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-20 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_e' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_g' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-05 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast('sku_f' as character varying)
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 10:00:00' as TIMESTAMP)
 as "occurred_at", 
    
    cast(null as character varying(256))
 as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
),  __dbt__cte__int_orders_joined_to_persons as (

-- Fixture for int_orders_joined_to_persons
select 
    
    cast('o1' as character varying)
 as "order_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-03 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", 
    
    cast('completed' as character varying)
 as "status", cast(null as BOOLEAN) as "is_completed", cast(null as BOOLEAN) as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o2' as character varying)
 as "order_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-05 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", 
    
    cast('completed' as character varying)
 as "status", cast(null as BOOLEAN) as "is_completed", cast(null as BOOLEAN) as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o3' as character varying)
 as "order_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-02 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", 
    
    cast('cancelled' as character varying)
 as "status", cast(null as BOOLEAN) as "is_completed", cast(null as BOOLEAN) as "is_refunded", 
    
    cast('true' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o4' as character varying)
 as "order_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-11-02 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", 
    
    cast('paid' as character varying)
 as "status", cast(null as BOOLEAN) as "is_completed", cast(null as BOOLEAN) as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o5' as character varying)
 as "order_id", 
    
    cast('p_browse' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-20 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", 
    
    cast('refunded' as character varying)
 as "status", cast(null as BOOLEAN) as "is_completed", cast(null as BOOLEAN) as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o6' as character varying)
 as "order_id", 
    
    cast('p_other' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-20 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", 
    
    cast('completed' as character varying)
 as "status", cast(null as BOOLEAN) as "is_completed", cast(null as BOOLEAN) as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
),  __dbt__cte__stg_commerce__order_items as (

-- Fixture for stg_commerce__order_items
select 
    
    cast('o1-1' as character varying)
 as "order_item_id", 
    
    cast('o1' as character varying)
 as "order_id", cast(null as INTEGER) as "line_number", 
    
    cast('sku_a' as character varying)
 as "sku", cast(null as character varying(256)) as "product_name", cast(null as character varying(256)) as "category_path", cast(null as INTEGER) as "quantity", cast(null as DECIMAL(18,2)) as "unit_price_amount", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "category_level1", cast(null as DECIMAL(19,2)) as "line_net_amount"
union all
select 
    
    cast('o2-1' as character varying)
 as "order_item_id", 
    
    cast('o2' as character varying)
 as "order_id", cast(null as INTEGER) as "line_number", 
    
    cast('sku_b' as character varying)
 as "sku", cast(null as character varying(256)) as "product_name", cast(null as character varying(256)) as "category_path", cast(null as INTEGER) as "quantity", cast(null as DECIMAL(18,2)) as "unit_price_amount", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "category_level1", cast(null as DECIMAL(19,2)) as "line_net_amount"
union all
select 
    
    cast('o3-1' as character varying)
 as "order_item_id", 
    
    cast('o3' as character varying)
 as "order_id", cast(null as INTEGER) as "line_number", 
    
    cast('sku_d' as character varying)
 as "sku", cast(null as character varying(256)) as "product_name", cast(null as character varying(256)) as "category_path", cast(null as INTEGER) as "quantity", cast(null as DECIMAL(18,2)) as "unit_price_amount", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "category_level1", cast(null as DECIMAL(19,2)) as "line_net_amount"
union all
select 
    
    cast('o4-1' as character varying)
 as "order_item_id", 
    
    cast('o4' as character varying)
 as "order_id", cast(null as INTEGER) as "line_number", 
    
    cast('sku_e' as character varying)
 as "sku", cast(null as character varying(256)) as "product_name", cast(null as character varying(256)) as "category_path", cast(null as INTEGER) as "quantity", cast(null as DECIMAL(18,2)) as "unit_price_amount", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "category_level1", cast(null as DECIMAL(19,2)) as "line_net_amount"
union all
select 
    
    cast('o5-1' as character varying)
 as "order_item_id", 
    
    cast('o5' as character varying)
 as "order_id", cast(null as INTEGER) as "line_number", 
    
    cast('sku_g' as character varying)
 as "sku", cast(null as character varying(256)) as "product_name", cast(null as character varying(256)) as "category_path", cast(null as INTEGER) as "quantity", cast(null as DECIMAL(18,2)) as "unit_price_amount", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "category_level1", cast(null as DECIMAL(19,2)) as "line_net_amount"
union all
select 
    
    cast('o6-1' as character varying)
 as "order_item_id", 
    
    cast('o6' as character varying)
 as "order_id", cast(null as INTEGER) as "line_number", 
    
    cast('sku_c' as character varying)
 as "sku", cast(null as character varying(256)) as "product_name", cast(null as character varying(256)) as "category_path", cast(null as INTEGER) as "quantity", cast(null as DECIMAL(18,2)) as "unit_price_amount", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "category_level1", cast(null as DECIMAL(19,2)) as "line_net_amount"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"
), events as (
    select * from __dbt__cte__int_customer_events_unioned
    where person_id is not null
),

orders as (
    select * from __dbt__cte__int_orders_joined_to_persons
    where person_id is not null and not is_cancelled
),

order_items as (
    select * from __dbt__cte__stg_commerce__order_items
),

clock as (
    select * from __dbt__cte__int_profile_as_of
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
        and purchases.purchased_at <= 

    (carts.last_added_at + cast(24 as bigint) * interval 1 hour)
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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "person_id", "viewed_products", "viewed_products_bought", "browse_to_buy_rate", "carts", "abandoned_carts", "cart_abandonment_rate", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('p_cart' as character varying)
 as "person_id", 
    
    cast(0 as BIGINT)
 as "viewed_products", 
    
    cast(0 as BIGINT)
 as "viewed_products_bought", 
    
    cast(null as DOUBLE)
 as "browse_to_buy_rate", 
    
    cast(4 as BIGINT)
 as "carts", 
    
    cast(3 as BIGINT)
 as "abandoned_carts", 
    
    cast(0.75 as DOUBLE)
 as "cart_abandonment_rate"
union all
select 
    
    cast('p_browse' as character varying)
 as "person_id", 
    
    cast(6 as BIGINT)
 as "viewed_products", 
    
    cast(2 as BIGINT)
 as "viewed_products_bought", 
    
    cast(0.3333 as DOUBLE)
 as "browse_to_buy_rate", 
    
    cast(0 as BIGINT)
 as "carts", 
    
    cast(0 as BIGINT)
 as "abandoned_carts", 
    
    cast(null as DOUBLE)
 as "cart_abandonment_rate"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected
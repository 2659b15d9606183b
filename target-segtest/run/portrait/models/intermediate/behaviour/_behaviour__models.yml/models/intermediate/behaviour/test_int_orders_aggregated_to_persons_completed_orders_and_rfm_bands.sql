
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "person_id","order_count","total_net_amount","first_order_at","last_order_at","recency_days","r_score","f_score","m_score","rfm_score","avg_order_value_amount","orders_placed","refunded_order_count","refunded_amount","cancelled_order_count","refund_rate","first_order_placed_at","last_order_placed_at","preferred_purchase_channel","preferred_store_id", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__int_orders_joined_to_persons as (

-- Fixture for int_orders_joined_to_persons
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s1' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-01-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_r30' as character varying)
 as "person_id", 
    
    cast('app' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-10-02 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('499.99' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_r29' as character varying)
 as "person_id", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-10-02 00:00:01' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('500.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s1' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-02-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s1' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-03-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s1' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-04-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s1' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-05-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s2' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-06-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s2' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-07-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s2' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-08-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s2' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-10 10:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s2' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-10-31 23:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('1000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_mixed' as character varying)
 as "person_id", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('300.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_mixed' as character varying)
 as "person_id", 
    
    cast('app' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-01 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('false' as BOOLEAN)
 as "is_completed", 
    
    cast('true' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('800.00' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_mixed' as character varying)
 as "person_id", 
    
    cast('offline' as character varying)
 as "channel", 
    
    cast('s9' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-10-20 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('false' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('true' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_mixed' as character varying)
 as "person_id", 
    
    cast('app' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-10-25 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('false' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('150.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_mixed' as character varying)
 as "person_id", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-11-01 00:00:01' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('5000.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_refund_only' as character varying)
 as "person_id", 
    
    cast('tmall' as character varying)
 as "channel", 
    
    cast('tmall-flagship' as character varying)
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('false' as BOOLEAN)
 as "is_completed", 
    
    cast('true' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('200.00' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast('p_future' as character varying)
 as "person_id", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-11-02 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('100.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select cast(null as character varying(256)) as "order_id", 
    
    cast(null as character varying(256))
 as "person_id", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast(null as character varying(256))
 as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-10-01 00:00:00' as TIMESTAMP)
 as "ordered_at", cast(null as TIMESTAMP) as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast('true' as BOOLEAN)
 as "is_completed", 
    
    cast('false' as BOOLEAN)
 as "is_refunded", 
    
    cast('false' as BOOLEAN)
 as "is_cancelled", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(18,2)) as "gross_amount", 
    
    cast('0' as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast('100.00' as DECIMAL(18,2))
 as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
),  __dbt__cte__rfm_score_bands as (

-- Fixture for rfm_score_bands
select 
    
    cast('recency_days' as character varying)
 as "metric", 
    
    cast('5' as INTEGER)
 as "score", 
    
    cast('0' as DOUBLE)
 as "min_value", 
    
    cast('30' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('recency_days' as character varying)
 as "metric", 
    
    cast('4' as INTEGER)
 as "score", 
    
    cast('30' as DOUBLE)
 as "min_value", 
    
    cast('90' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('recency_days' as character varying)
 as "metric", 
    
    cast('3' as INTEGER)
 as "score", 
    
    cast('90' as DOUBLE)
 as "min_value", 
    
    cast('180' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('recency_days' as character varying)
 as "metric", 
    
    cast('2' as INTEGER)
 as "score", 
    
    cast('180' as DOUBLE)
 as "min_value", 
    
    cast('365' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('recency_days' as character varying)
 as "metric", 
    
    cast('1' as INTEGER)
 as "score", 
    
    cast('365' as DOUBLE)
 as "min_value", 
    
    cast(null as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('frequency' as character varying)
 as "metric", 
    
    cast('1' as INTEGER)
 as "score", 
    
    cast('1' as DOUBLE)
 as "min_value", 
    
    cast('2' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('frequency' as character varying)
 as "metric", 
    
    cast('2' as INTEGER)
 as "score", 
    
    cast('2' as DOUBLE)
 as "min_value", 
    
    cast('3' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('frequency' as character varying)
 as "metric", 
    
    cast('3' as INTEGER)
 as "score", 
    
    cast('3' as DOUBLE)
 as "min_value", 
    
    cast('5' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('frequency' as character varying)
 as "metric", 
    
    cast('4' as INTEGER)
 as "score", 
    
    cast('5' as DOUBLE)
 as "min_value", 
    
    cast('10' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('frequency' as character varying)
 as "metric", 
    
    cast('5' as INTEGER)
 as "score", 
    
    cast('10' as DOUBLE)
 as "min_value", 
    
    cast(null as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('monetary' as character varying)
 as "metric", 
    
    cast('1' as INTEGER)
 as "score", 
    
    cast('0' as DOUBLE)
 as "min_value", 
    
    cast('500' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('monetary' as character varying)
 as "metric", 
    
    cast('2' as INTEGER)
 as "score", 
    
    cast('500' as DOUBLE)
 as "min_value", 
    
    cast('1500' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('monetary' as character varying)
 as "metric", 
    
    cast('3' as INTEGER)
 as "score", 
    
    cast('1500' as DOUBLE)
 as "min_value", 
    
    cast('4000' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('monetary' as character varying)
 as "metric", 
    
    cast('4' as INTEGER)
 as "score", 
    
    cast('4000' as DOUBLE)
 as "min_value", 
    
    cast('10000' as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('monetary' as character varying)
 as "metric", 
    
    cast('5' as INTEGER)
 as "score", 
    
    cast('10000' as DOUBLE)
 as "min_value", 
    
    cast(null as DOUBLE)
 as "max_value", cast(null as character varying(256)) as "description"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"
), orders as (
    select * from __dbt__cte__int_orders_joined_to_persons
    where person_id is not null
),

bands as (
    select * from __dbt__cte__rfm_score_bands
),

clock as (
    select * from __dbt__cte__int_profile_as_of
),

orders_until_clock as (
    select orders.*
    from orders
    cross join clock
    where orders.ordered_at <= clock.as_of_at
),

order_totals as (
    select
        person_id,
        count(case when is_completed then 1 end) as order_count,
        cast(coalesce(sum(case when is_completed then net_amount end), 0) as decimal(18, 2))
            as total_net_amount,
        min(case when is_completed then ordered_at end) as first_order_at,
        max(case when is_completed then ordered_at end) as last_order_at,
        count(*) as orders_placed,
        count(case when is_refunded then 1 end) as refunded_order_count,
        cast(coalesce(sum(refunded_amount), 0) as decimal(18, 2)) as refunded_amount,
        count(case when is_cancelled then 1 end) as cancelled_order_count,
        min(ordered_at) as first_order_placed_at,
        max(ordered_at) as last_order_placed_at
    from orders_until_clock
    group by 1
),

-- the channel and store of most placed, not cancelled orders; ties go to the latest order
channel_counts as (
    select
        person_id,
        channel,
        count(*) as orders,
        max(ordered_at) as last_ordered_at
    from orders_until_clock
    where not is_cancelled
    group by 1, 2
),

channels_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by orders desc, last_ordered_at desc, channel asc
        ) as channel_rank
    from channel_counts
),

preferred_channels as (
    select
        person_id,
        channel as preferred_purchase_channel
    from channels_ranked
    where channel_rank = 1
),

store_counts as (
    select
        person_id,
        store_id,
        count(*) as orders,
        max(ordered_at) as last_ordered_at
    from orders_until_clock
    where not is_cancelled and channel = 'offline' and store_id is not null
    group by 1, 2
),

stores_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by orders desc, last_ordered_at desc, store_id asc
        ) as store_rank
    from store_counts
),

preferred_stores as (
    select
        person_id,
        store_id as preferred_store_id
    from stores_ranked
    where store_rank = 1
),

rfm_values as (
    select
        order_totals.*,
        case
            when order_totals.last_order_at is not null
                then cast(floor(
        (date_diff('second', order_totals.last_order_at::timestamp, clock.as_of_at::timestamp ))
     / 86400.0) as integer)
        end as recency_days,
        case
            when order_totals.order_count > 0
                then
                    cast(
                        round(order_totals.total_net_amount / order_totals.order_count, 2)
                        as decimal(18, 2)
                    )
        end as avg_order_value_amount
    from order_totals
    cross join clock
),

scored as (
    select
        rfm_values.*,
        recency_bands.score as r_score,
        frequency_bands.score as f_score,
        monetary_bands.score as m_score
    from rfm_values
    left join bands as recency_bands
        on recency_bands.metric = 'recency_days'
        and rfm_values.recency_days >= recency_bands.min_value
        and (rfm_values.recency_days < recency_bands.max_value or recency_bands.max_value is null)
    left join bands as frequency_bands
        on frequency_bands.metric = 'frequency'
        and rfm_values.order_count > 0
        and rfm_values.order_count >= frequency_bands.min_value
        and (
            rfm_values.order_count < frequency_bands.max_value
            or frequency_bands.max_value is null
        )
    left join bands as monetary_bands
        on monetary_bands.metric = 'monetary'
        and rfm_values.order_count > 0
        and rfm_values.total_net_amount >= monetary_bands.min_value
        and (
            rfm_values.total_net_amount < monetary_bands.max_value
            or monetary_bands.max_value is null
        )
),

final as (
    select
        scored.person_id,
        scored.order_count,
        scored.total_net_amount,
        scored.first_order_at,
        scored.last_order_at,
        scored.recency_days,
        scored.r_score,
        scored.f_score,
        scored.m_score,
        cast(scored.r_score as varchar)
        || cast(scored.f_score as varchar)
        || cast(scored.m_score as varchar) as rfm_score,
        scored.avg_order_value_amount,
        scored.orders_placed,
        scored.refunded_order_count,
        scored.refunded_amount,
        scored.cancelled_order_count,
        case
            when scored.orders_placed > 0
                then cast(round(scored.refunded_order_count / scored.orders_placed, 4) as double)
        end as refund_rate,
        scored.first_order_placed_at,
        scored.last_order_placed_at,
        preferred_channels.preferred_purchase_channel,
        preferred_stores.preferred_store_id
    from scored
    left join preferred_channels
        on scored.person_id = preferred_channels.person_id
    left join preferred_stores
        on scored.person_id = preferred_stores.person_id
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "person_id", "order_count", "total_net_amount", "first_order_at", "last_order_at", "recency_days", "r_score", "f_score", "m_score", "rfm_score", "avg_order_value_amount", "orders_placed", "refunded_order_count", "refunded_amount", "cancelled_order_count", "refund_rate", "first_order_placed_at", "last_order_placed_at", "preferred_purchase_channel", "preferred_store_id", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('p_f10' as character varying)
 as "person_id", 
    
    cast(10 as BIGINT)
 as "order_count", 
    
    cast(10000.0 as DECIMAL(18,2))
 as "total_net_amount", 
    
    cast('2026-01-10 10:00:00' as TIMESTAMP)
 as "first_order_at", 
    
    cast('2026-10-31 23:00:00' as TIMESTAMP)
 as "last_order_at", 
    
    cast(0 as INTEGER)
 as "recency_days", 
    
    cast(5 as INTEGER)
 as "r_score", 
    
    cast(5 as INTEGER)
 as "f_score", 
    
    cast(5 as INTEGER)
 as "m_score", 
    
    cast('555' as character varying)
 as "rfm_score", 
    
    cast(1000.0 as DECIMAL(18,2))
 as "avg_order_value_amount", 
    
    cast(10 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "refunded_order_count", 
    
    cast(0 as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast(0 as BIGINT)
 as "cancelled_order_count", 
    
    cast(0.0 as DOUBLE)
 as "refund_rate", 
    
    cast('2026-01-10 10:00:00' as TIMESTAMP)
 as "first_order_placed_at", 
    
    cast('2026-10-31 23:00:00' as TIMESTAMP)
 as "last_order_placed_at", 
    
    cast('offline' as character varying)
 as "preferred_purchase_channel", 
    
    cast('s2' as character varying)
 as "preferred_store_id"
union all
select 
    
    cast('p_r30' as character varying)
 as "person_id", 
    
    cast(1 as BIGINT)
 as "order_count", 
    
    cast(499.99 as DECIMAL(18,2))
 as "total_net_amount", 
    
    cast('2026-10-02 00:00:00' as TIMESTAMP)
 as "first_order_at", 
    
    cast('2026-10-02 00:00:00' as TIMESTAMP)
 as "last_order_at", 
    
    cast(30 as INTEGER)
 as "recency_days", 
    
    cast(4 as INTEGER)
 as "r_score", 
    
    cast(1 as INTEGER)
 as "f_score", 
    
    cast(1 as INTEGER)
 as "m_score", 
    
    cast('411' as character varying)
 as "rfm_score", 
    
    cast(499.99 as DECIMAL(18,2))
 as "avg_order_value_amount", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "refunded_order_count", 
    
    cast(0 as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast(0 as BIGINT)
 as "cancelled_order_count", 
    
    cast(0.0 as DOUBLE)
 as "refund_rate", 
    
    cast('2026-10-02 00:00:00' as TIMESTAMP)
 as "first_order_placed_at", 
    
    cast('2026-10-02 00:00:00' as TIMESTAMP)
 as "last_order_placed_at", 
    
    cast('app' as character varying)
 as "preferred_purchase_channel", 
    
    cast(null as character varying(256))
 as "preferred_store_id"
union all
select 
    
    cast('p_r29' as character varying)
 as "person_id", 
    
    cast(1 as BIGINT)
 as "order_count", 
    
    cast(500.0 as DECIMAL(18,2))
 as "total_net_amount", 
    
    cast('2026-10-02 00:00:01' as TIMESTAMP)
 as "first_order_at", 
    
    cast('2026-10-02 00:00:01' as TIMESTAMP)
 as "last_order_at", 
    
    cast(29 as INTEGER)
 as "recency_days", 
    
    cast(5 as INTEGER)
 as "r_score", 
    
    cast(1 as INTEGER)
 as "f_score", 
    
    cast(2 as INTEGER)
 as "m_score", 
    
    cast('512' as character varying)
 as "rfm_score", 
    
    cast(500.0 as DECIMAL(18,2))
 as "avg_order_value_amount", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "refunded_order_count", 
    
    cast(0 as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast(0 as BIGINT)
 as "cancelled_order_count", 
    
    cast(0.0 as DOUBLE)
 as "refund_rate", 
    
    cast('2026-10-02 00:00:01' as TIMESTAMP)
 as "first_order_placed_at", 
    
    cast('2026-10-02 00:00:01' as TIMESTAMP)
 as "last_order_placed_at", 
    
    cast('web' as character varying)
 as "preferred_purchase_channel", 
    
    cast(null as character varying(256))
 as "preferred_store_id"
union all
select 
    
    cast('p_mixed' as character varying)
 as "person_id", 
    
    cast(1 as BIGINT)
 as "order_count", 
    
    cast(300.0 as DECIMAL(18,2))
 as "total_net_amount", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "first_order_at", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "last_order_at", 
    
    cast(153 as INTEGER)
 as "recency_days", 
    
    cast(3 as INTEGER)
 as "r_score", 
    
    cast(1 as INTEGER)
 as "f_score", 
    
    cast(1 as INTEGER)
 as "m_score", 
    
    cast('311' as character varying)
 as "rfm_score", 
    
    cast(300.0 as DECIMAL(18,2))
 as "avg_order_value_amount", 
    
    cast(4 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "refunded_order_count", 
    
    cast(800.0 as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast(1 as BIGINT)
 as "cancelled_order_count", 
    
    cast(0.25 as DOUBLE)
 as "refund_rate", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "first_order_placed_at", 
    
    cast('2026-10-25 00:00:00' as TIMESTAMP)
 as "last_order_placed_at", 
    
    cast('app' as character varying)
 as "preferred_purchase_channel", 
    
    cast(null as character varying(256))
 as "preferred_store_id"
union all
select 
    
    cast('p_refund_only' as character varying)
 as "person_id", 
    
    cast(0 as BIGINT)
 as "order_count", 
    
    cast(0 as DECIMAL(18,2))
 as "total_net_amount", 
    
    cast(null as TIMESTAMP)
 as "first_order_at", 
    
    cast(null as TIMESTAMP)
 as "last_order_at", 
    
    cast(null as INTEGER)
 as "recency_days", 
    
    cast(null as INTEGER)
 as "r_score", 
    
    cast(null as INTEGER)
 as "f_score", 
    
    cast(null as INTEGER)
 as "m_score", 
    
    cast(null as character varying(256))
 as "rfm_score", 
    
    cast(null as DECIMAL(18,2))
 as "avg_order_value_amount", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "refunded_order_count", 
    
    cast(200.0 as DECIMAL(18,2))
 as "refunded_amount", 
    
    cast(0 as BIGINT)
 as "cancelled_order_count", 
    
    cast(1.0 as DOUBLE)
 as "refund_rate", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "first_order_placed_at", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "last_order_placed_at", 
    
    cast('tmall' as character varying)
 as "preferred_purchase_channel", 
    
    cast(null as character varying(256))
 as "preferred_store_id"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected
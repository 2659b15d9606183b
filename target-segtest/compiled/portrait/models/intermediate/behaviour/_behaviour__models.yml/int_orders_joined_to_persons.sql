
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
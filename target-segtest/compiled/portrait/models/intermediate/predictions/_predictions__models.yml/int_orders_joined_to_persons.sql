
-- Fixture for int_orders_joined_to_persons
select 
    
    cast('o1' as character varying)
 as "order_id", 
    
    cast('p1' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-08-03 01:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(True as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o2' as character varying)
 as "order_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-08-10 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-08-11 00:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(False as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(True as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o3' as character varying)
 as "order_id", 
    
    cast('p3' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-02 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-09-02 01:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(True as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o4' as character varying)
 as "order_id", 
    
    cast('p4' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-03 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-09-03 01:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(True as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o7' as character varying)
 as "order_id", 
    
    cast('p7' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-08-20 00:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(False as BOOLEAN)
 as "is_completed", 
    
    cast(True as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"

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
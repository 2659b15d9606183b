
-- Fixture for int_category_affinities_scored
select 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('Pets' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.9 as DOUBLE)
 as "affinity_share", 
    
    cast(1 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Food' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.35 as DOUBLE)
 as "affinity_share", 
    
    cast(1 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Baby' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.3 as DOUBLE)
 as "affinity_share", 
    
    cast(2 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Luxury' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.05 as DOUBLE)
 as "affinity_share", 
    
    cast(3 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Home' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.2 as DOUBLE)
 as "affinity_share", 
    
    cast(4 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_4' as character varying)
 as "person_id", 
    
    cast('Toys' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(1.0 as DOUBLE)
 as "affinity_share", 
    
    cast(1 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"

-- Fixture for category_interests
select 
    
    cast('Beauty' as character varying)
 as "category", 
    
    cast('beauty' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Skincare and makeup' as character varying)
 as "description"
union all
select 
    
    cast('Sports' as character varying)
 as "category", 
    
    cast('fitness' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Fitness gear and sports apparel' as character varying)
 as "description"
union all
select 
    
    cast('Travel' as character varying)
 as "category", 
    
    cast('travel' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Luggage and travel accessories' as character varying)
 as "description"
union all
select 
    
    cast('Electronics' as character varying)
 as "category", 
    
    cast('tech' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Audio and wearables' as character varying)
 as "description"
union all
select 
    
    cast('Home' as character varying)
 as "category", 
    
    cast('home' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Kitchen and bedding' as character varying)
 as "description"
union all
select 
    
    cast('Fashion' as character varying)
 as "category", 
    
    cast('fashion' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Women''s, men''s clothing and bags' as character varying)
 as "description"
union all
select 
    
    cast('Food' as character varying)
 as "category", 
    
    cast('food' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Snacks and drinks' as character varying)
 as "description"
union all
select 
    
    cast('Baby' as character varying)
 as "category", 
    
    cast('parenting' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Baby care and toys' as character varying)
 as "description"
union all
select 
    
    cast('Gaming' as character varying)
 as "category", 
    
    cast('gaming' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Consoles and gaming accessories' as character varying)
 as "description"
union all
select 
    
    cast('Outdoor' as character varying)
 as "category", 
    
    cast('outdoor' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Camping and hiking' as character varying)
 as "description"
union all
select 
    
    cast('Luxury' as character varying)
 as "category", 
    
    cast('luxury' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Watches and jewelry' as character varying)
 as "description"
union all
select 
    
    cast('Pets' as character varying)
 as "category", 
    
    cast('pets' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Pet food and supplies' as character varying)
 as "description"
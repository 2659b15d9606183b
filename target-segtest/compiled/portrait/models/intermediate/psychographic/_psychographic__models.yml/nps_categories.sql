
-- Fixture for nps_categories
select 
    
    cast('detractor' as character varying)
 as "nps_category", 
    
    cast(0 as INTEGER)
 as "min_score", 
    
    cast(7 as INTEGER)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('passive' as character varying)
 as "nps_category", 
    
    cast(7 as INTEGER)
 as "min_score", 
    
    cast(9 as INTEGER)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('promoter' as character varying)
 as "nps_category", 
    
    cast(9 as INTEGER)
 as "min_score", 
    
    cast(null as INTEGER)
 as "max_score", cast(null as character varying(256)) as "description"
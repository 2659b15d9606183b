
-- Fixture for age_bands
select 
    
    cast('under_18' as character varying)
 as "age_band", 
    
    cast('0' as INTEGER)
 as "min_age", 
    
    cast('18' as INTEGER)
 as "max_age"
union all
select 
    
    cast('18-24' as character varying)
 as "age_band", 
    
    cast('18' as INTEGER)
 as "min_age", 
    
    cast('25' as INTEGER)
 as "max_age"
union all
select 
    
    cast('25-34' as character varying)
 as "age_band", 
    
    cast('25' as INTEGER)
 as "min_age", 
    
    cast('35' as INTEGER)
 as "max_age"
union all
select 
    
    cast('35-44' as character varying)
 as "age_band", 
    
    cast('35' as INTEGER)
 as "min_age", 
    
    cast('45' as INTEGER)
 as "max_age"
union all
select 
    
    cast('45-54' as character varying)
 as "age_band", 
    
    cast('45' as INTEGER)
 as "min_age", 
    
    cast('55' as INTEGER)
 as "max_age"
union all
select 
    
    cast('55-64' as character varying)
 as "age_band", 
    
    cast('55' as INTEGER)
 as "min_age", 
    
    cast('65' as INTEGER)
 as "max_age"
union all
select 
    
    cast('65+' as character varying)
 as "age_band", 
    
    cast('65' as INTEGER)
 as "min_age", 
    
    cast(null as INTEGER)
 as "max_age"
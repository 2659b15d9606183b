
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

-- Fixture for sentiment_labels
select 
    
    cast('neutral' as character varying)
 as "sentiment_label", 
    
    cast(-0.25 as DOUBLE)
 as "min_score", 
    
    cast(0.25 as DOUBLE)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('negative' as character varying)
 as "sentiment_label", 
    
    cast(null as DOUBLE)
 as "min_score", 
    
    cast(-0.25 as DOUBLE)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('positive' as character varying)
 as "sentiment_label", 
    
    cast(0.25 as DOUBLE)
 as "min_score", 
    
    cast(null as DOUBLE)
 as "max_score", cast(null as character varying(256)) as "description"
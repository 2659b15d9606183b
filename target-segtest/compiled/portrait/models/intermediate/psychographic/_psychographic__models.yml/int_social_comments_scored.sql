
-- Fixture for int_social_comments_scored
select 
    
    cast('s2' as character varying)
 as "interaction_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "platform", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "comment_text", cast(null as character varying(256)) as "comment_language", 
    
    cast(-0.6 as DOUBLE)
 as "sentiment_score", cast(null as character varying(256)) as "sentiment_label", cast(null as VARCHAR[]) as "matched_terms"
union all
select 
    
    cast('s3' as character varying)
 as "interaction_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "platform", 
    
    cast('2026-12-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "comment_text", cast(null as character varying(256)) as "comment_language", 
    
    cast(0.9 as DOUBLE)
 as "sentiment_score", cast(null as character varying(256)) as "sentiment_label", cast(null as VARCHAR[]) as "matched_terms"
union all
select 
    
    cast('s4' as character varying)
 as "interaction_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "platform", 
    
    cast('2026-04-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "comment_text", cast(null as character varying(256)) as "comment_language", 
    
    cast(0.9 as DOUBLE)
 as "sentiment_score", cast(null as character varying(256)) as "sentiment_label", cast(null as VARCHAR[]) as "matched_terms"
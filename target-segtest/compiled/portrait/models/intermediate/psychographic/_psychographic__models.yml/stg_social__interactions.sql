
-- Fixture for stg_social__interactions
select 
    
    cast('s1' as character varying)
 as "interaction_id", 
    
    cast('weibo' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-02-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('s2' as character varying)
 as "interaction_id", 
    
    cast('douyin' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('s3' as character varying)
 as "interaction_id", 
    
    cast('weibo' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-12-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('s4' as character varying)
 as "interaction_id", 
    
    cast('wechat' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-04-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
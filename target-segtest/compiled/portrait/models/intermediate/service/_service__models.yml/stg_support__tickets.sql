
-- Fixture for stg_support__tickets
select 
    
    cast('t1' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('refund' as character varying)
 as "category", 
    
    cast('2026-05-01 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast('2026-05-01 02:00:00' as TIMESTAMP)
 as "closed_at", 
    
    cast(2 as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t2' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('delivery' as character varying)
 as "category", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast('2026-06-01 10:00:00' as TIMESTAMP)
 as "closed_at", 
    
    cast(3 as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t3' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('product_quality' as character varying)
 as "category", 
    
    cast('2026-08-04 12:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast('2026-11-02 00:00:00' as TIMESTAMP)
 as "closed_at", 
    
    cast(1 as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t4' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('delivery' as character varying)
 as "category", 
    
    cast('2026-11-05 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", 
    
    cast(null as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t5' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast(null as character varying(256))
 as "category", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", 
    
    cast(null as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t6' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('account' as character varying)
 as "category", 
    
    cast('2026-10-01 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", 
    
    cast(null as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
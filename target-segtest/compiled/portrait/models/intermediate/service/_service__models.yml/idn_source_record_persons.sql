
-- Fixture for idn_source_record_persons
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t1' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t2' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t3' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t4' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t5' as character varying)
 as "source_record_id", 
    
    cast('p_2' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t6' as character varying)
 as "source_record_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
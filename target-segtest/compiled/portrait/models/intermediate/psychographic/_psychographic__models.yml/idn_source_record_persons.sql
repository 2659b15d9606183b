
-- Fixture for idn_source_record_persons
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r1' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r2' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r3' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r4' as character varying)
 as "source_record_id", 
    
    cast('p_2' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r5' as character varying)
 as "source_record_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('social_interactions' as character varying)
 as "source_name", 
    
    cast('s1' as character varying)
 as "source_record_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('social_interactions' as character varying)
 as "source_name", 
    
    cast('s2' as character varying)
 as "source_record_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('social_interactions' as character varying)
 as "source_name", 
    
    cast('s3' as character varying)
 as "source_record_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
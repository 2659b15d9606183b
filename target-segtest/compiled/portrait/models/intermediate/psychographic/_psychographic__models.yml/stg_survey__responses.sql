
-- Fixture for stg_survey__responses
select 
    
    cast('r1' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-01-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast('["Beauty","travel"]' as character varying)
 as "interests_json", 
    
    cast('student' as character varying)
 as "lifestyle", 
    
    cast('["price"]' as character varying)
 as "values_json", 
    
    cast(9 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r2' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast(null as character varying(256))
 as "interests_json", 
    
    cast(null as character varying(256))
 as "lifestyle", 
    
    cast(null as character varying(256))
 as "values_json", 
    
    cast(6 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r3' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-12-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast('["pets"]' as character varying)
 as "interests_json", 
    
    cast('homebody' as character varying)
 as "lifestyle", 
    
    cast('["brand"]' as character varying)
 as "values_json", 
    
    cast(10 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r4' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast(null as character varying(256))
 as "interests_json", 
    
    cast(null as character varying(256))
 as "lifestyle", 
    
    cast(null as character varying(256))
 as "values_json", 
    
    cast(8 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r5' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast('["food"]' as character varying)
 as "interests_json", 
    
    cast('student' as character varying)
 as "lifestyle", 
    
    cast(null as character varying(256))
 as "values_json", 
    
    cast(7 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
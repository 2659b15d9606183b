
-- Fixture for int_customer_attributes_survived
select 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('birth_date' as character varying)
 as "attribute", 
    
    cast('1990-11-01' as character varying)
 as "value", 
    
    cast('crm_national_id' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2024-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('full_name' as character varying)
 as "attribute", 
    
    cast('王芳' as character varying)
 as "value", 
    
    cast('crm_salesforce' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2024-02-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('birth_date' as character varying)
 as "attribute", 
    
    cast('2008-11-02' as character varying)
 as "value", 
    
    cast('web_events' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2024-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_3' as character varying)
 as "person_id", 
    
    cast('birth_date' as character varying)
 as "attribute", 
    
    cast('2008-11-01' as character varying)
 as "value", 
    
    cast('web_events' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2024-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_4' as character varying)
 as "person_id", 
    
    cast('birth_date' as character varying)
 as "attribute", 
    
    cast('1961-11-01' as character varying)
 as "value", 
    
    cast('crm_loyalty_app' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2024-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
union all
select 
    
    cast('p_5' as character varying)
 as "person_id", 
    
    cast('full_name' as character varying)
 as "attribute", 
    
    cast('Wang Fang' as character varying)
 as "value", 
    
    cast('orders' as character varying)
 as "source", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('2024-01-01 00:00:00' as TIMESTAMP)
 as "observed_at", cast(null as character varying(256)) as "rule", cast(null as BIGINT) as "value_records", cast(null as BIGINT) as "candidate_records", cast(null as BIGINT) as "distinct_values", cast(null as BOOLEAN) as "is_suspected_typo"
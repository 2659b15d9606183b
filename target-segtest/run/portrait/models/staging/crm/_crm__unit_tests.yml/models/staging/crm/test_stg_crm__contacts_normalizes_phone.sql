
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "contact_id","phone_e164","is_phone_valid", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__base_crm__contacts as (

-- Fixture for base_crm__contacts
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p01' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('13800138000' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p02' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('+86 138-0013-8000' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p03' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('0086 13800138000' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p04' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('8613800138000' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p05' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('１３８ ００１３ ８０００' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p06' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('138.0013.8000' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p07' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('(010) 1234-5678' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p08' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('0755 8888 9999' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p09' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('+86 010 12345678' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p10' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('+1 (415) 555-2671' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p11' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('0044 20 7946 0958' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p12' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('12345678' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p13' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('12800138000' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p14' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('+86 12345' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p15' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('call me' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p16' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('   ' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p17' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast(null as character varying(256))
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p18' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('+1 234' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p19' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('447575716807' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p20' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('852 9220 2779' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p21' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('12982493209' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('p22' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", cast(null as character varying(256)) as "email", 
    
    cast('8675512345678' as character varying)
 as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
),  __dbt__cte__gender_codes as (

-- Fixture for gender_codes
select 
    
    cast('m' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('male' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('man' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('men' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('boy' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('mr' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('mr.' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('mister' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('sir' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('男' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('男性' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('男士' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('先生' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('1' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('f' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('female' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('woman' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('women' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('girl' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('ms' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('ms.' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('mrs' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('mrs.' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('miss' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('madam' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('女' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('女性' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('女士' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('小姐' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('太太' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('2' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('0' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('9' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('u' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('unknown' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('未知' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('other' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('其他' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('保密' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('n/a' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
),  __dbt__cte__region_aliases as (

-- Fixture for region_aliases
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghai' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaicity' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaiprovince' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaisheng' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaishi' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('上海' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('上海市' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('yunnan' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('yunnanprovince' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('yunnansheng' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('云南' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('云南省' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongolia' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongoliaautonomousregion' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongoliaprovince' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongoliasheng' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimenggu' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimengguprovince' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimenggusheng' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimengguzizhiqu' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimongol' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimongolprovince' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimongolsheng' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('内蒙古' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('内蒙古自治区' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijing' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingcity' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingprovince' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingsheng' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingshi' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('北京' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('北京市' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('taiwan' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('taiwanprovince' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('taiwansheng' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('台湾' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('台湾省' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jilin' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jilinprovince' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jilinsheng' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('吉林' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('吉林省' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('sichuan' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('sichuanprovince' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('sichuansheng' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('四川' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('四川省' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjin' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjincity' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjinprovince' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjinsheng' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjinshi' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('天津' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('天津市' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxia' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiaautonomousregion' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiaprovince' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiasheng' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiazizhiqu' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族province' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族sheng' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族自治区' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('anhui' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('anhuiprovince' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('anhuisheng' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('安徽' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('安徽省' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shandong' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shandongprovince' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shandongsheng' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山东' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山东省' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanxi' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanxiprovince' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanxisheng' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山西' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山西省' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangdong' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangdongprovince' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangdongsheng' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广东' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广东省' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxi' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxiautonomousregion' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxiprovince' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxisheng' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxizizhiqu' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族province' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族sheng' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族自治区' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiang' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangautonomousregion' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangprovince' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangsheng' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangzizhiqu' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔province' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔sheng' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangsu' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangsuprovince' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangsusheng' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江苏' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江苏省' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangxi' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangxiprovince' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangxisheng' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江西' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江西省' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hebei' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hebeiprovince' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hebeisheng' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河北' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河北省' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('henan' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('henanprovince' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('henansheng' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河南' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河南省' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('zhejiang' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('zhejiangprovince' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('zhejiangsheng' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('浙江' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('浙江省' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hainan' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hainanprovince' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hainansheng' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('海南' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('海南省' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hubei' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hubeiprovince' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hubeisheng' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖北' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖北省' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hunan' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hunanprovince' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hunansheng' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖南' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖南省' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('aomen' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('aomenprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('aomensheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macao' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macaoprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macaosar' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macaosheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macau' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macauprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macausheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('mo' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('moprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('mosheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('澳门' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('澳门特别行政区' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('澳门特区' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('gansu' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('gansuprovince' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('gansusheng' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('甘肃' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('甘肃省' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('fujian' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('fujianprovince' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('fujiansheng' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('福建' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('福建省' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibet' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibetautonomousregion' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibetprovince' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibetsheng' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizang' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizangprovince' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizangsheng' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizangzizhiqu' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('西藏' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('西藏自治区' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guizhou' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guizhouprovince' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guizhousheng' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('贵州' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('贵州省' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('liaoning' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('liaoningprovince' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('liaoningsheng' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('辽宁' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('辽宁省' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqing' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingcity' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingprovince' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingsheng' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingshi' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('重庆' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('重庆市' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shaanxi' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shaanxiprovince' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shaanxisheng' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('陕西' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('陕西省' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('qinghai' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('qinghaiprovince' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('qinghaisheng' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('青海' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('青海省' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hk' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hkprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksar' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksarprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksarsheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkong' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkongprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkongsar' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkongsheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xianggang' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xianggangprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xianggangsheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('香港' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('香港特别行政区' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('香港特区' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('heilongjiang' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('heilongjiangprovince' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('heilongjiangsheng' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('黑龙江' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('黑龙江省' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanya' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanyacity' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanyashi' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三亚' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三亚市' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanming' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanmingcity' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanmingshi' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三明' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三明市' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanghai' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanghaicity' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanghaishi' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上海' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上海市' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangrao' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangraocity' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangraoshi' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上饶' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上饶市' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongguan' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongguancity' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongguanshi' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东莞' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东莞市' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongying' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongyingcity' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongyingshi' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东营' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东营市' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhongshan' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhongshancity' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhongshanshi' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('中山' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('中山市' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linfen' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linfencity' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linfenshi' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临汾' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临汾市' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linyi' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linyicity' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linyishi' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临沂' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临沂市' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lishui' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lishuicity' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lishuishi' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('丽水' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('丽水市' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('urumqi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('urumqicity' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('urumqishi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wulumuqi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wulumuqicity' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wulumuqishi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('乌鲁木齐' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('乌鲁木齐市' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiujiang' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiujiangcity' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiujiangshi' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('九江' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('九江市' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('foshan' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('foshancity' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('foshanshi' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('佛山' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('佛山市' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baoding' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baodingcity' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baodingshi' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('保定' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('保定市' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinyang' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinyangcity' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinyangshi' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('信阳' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('信阳市' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luan' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luancity' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luanshi' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('六安' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('六安市' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lanzhou' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lanzhoucity' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lanzhoushi' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('兰州' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('兰州市' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baotou' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baotoucity' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baotoushi' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('包头' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('包头市' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('beijing' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('beijingcity' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('beijingshi' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('北京' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('北京市' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shiyan' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shiyancity' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shiyanshi' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('十堰' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('十堰市' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanjing' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanjingcity' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanjingshi' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南京' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南京市' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchong' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchongcity' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchongshi' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南充' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南充市' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanning' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanningcity' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanningshi' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南宁' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南宁市' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanping' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanpingcity' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanpingshi' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南平' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南平市' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchang' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchangcity' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchangshi' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南昌' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南昌市' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nantong' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nantongcity' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nantongshi' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南通' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南通市' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanyang' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanyangcity' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanyangshi' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南阳' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南阳市' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('amoy' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('amoycity' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('amoyshi' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiamen' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiamencity' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiamenshi' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('厦门' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('厦门市' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('台州' as character varying)
 as "alias_key", 
    
    cast('台州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('台州市' as character varying)
 as "alias_key", 
    
    cast('台州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hefei' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hefeicity' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hefeishi' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('合肥' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('合肥市' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jian' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiancity' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jianshi' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉安' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉安市' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jilin' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jilincity' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jilinshi' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉林' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉林市' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoukou' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoukoucity' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoukoushi' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('周口' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('周口市' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hohhot' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hohhotcity' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hohhotshi' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huhehaote' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huhehaotecity' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huhehaoteshi' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('呼和浩特' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('呼和浩特市' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianyang' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianyangcity' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianyangshi' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('咸阳' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('咸阳市' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haerbin' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haerbincity' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haerbinshi' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('harbin' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('harbincity' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('harbinshi' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('哈尔滨' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('哈尔滨市' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tangshan' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tangshancity' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tangshanshi' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('唐山' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('唐山市' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangqiu' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangqiucity' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangqiushi' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('商丘' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('商丘市' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaxing' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaxingcity' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaxingshi' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('嘉兴' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('嘉兴市' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('datong' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('datongcity' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('datongshi' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大同' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大同市' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daqing' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daqingcity' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daqingshi' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大庆' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大庆市' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dalian' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daliancity' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dalianshi' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大连' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大连市' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianshui' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianshuicity' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianshuishi' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天水' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天水市' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianjin' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianjincity' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianjinshi' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天津' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天津市' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiyuan' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiyuancity' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiyuanshi' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('太原' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('太原市' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weihai' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weihaicity' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weihaishi' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('威海' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('威海市' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiaogan' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiaogancity' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiaoganshi' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('孝感' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('孝感市' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningde' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningdecity' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningdeshi' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁德' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁德市' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningbo' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningbocity' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningboshi' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁波' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁波市' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anqing' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anqingcity' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anqingshi' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安庆' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安庆市' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anyang' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anyangcity' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anyangshi' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安阳' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安阳市' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yibin' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yibincity' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yibinshi' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜宾' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜宾市' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichang' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichangcity' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichangshi' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜昌' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜昌市' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichun' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichuncity' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichunshi' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜春' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜春市' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baoji' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baojicity' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baojishi' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宝鸡' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宝鸡市' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿州' as character varying)
 as "alias_key", 
    
    cast('宿州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿州市' as character varying)
 as "alias_key", 
    
    cast('宿州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suqian' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suqiancity' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suqianshi' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿迁' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿迁市' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yueyang' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yueyangcity' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yueyangshi' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('岳阳' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('岳阳市' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhou' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhoucity' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhoushi' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常州' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常州市' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changde' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changdecity' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changdeshi' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常德' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常德市' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('pingdingshan' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('pingdingshancity' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('pingdingshanshi' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('平顶山' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('平顶山市' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('canton' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cantoncity' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cantonshi' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guangzhou' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guangzhoucity' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guangzhoushi' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('广州' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('广州市' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('langfang' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('langfangcity' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('langfangshi' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('廊坊' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('廊坊市' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kaifeng' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kaifengcity' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kaifengshi' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('开封' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('开封市' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangjiakou' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangjiakoucity' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangjiakoushi' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('张家口' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('张家口市' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuzhou' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuzhoucity' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuzhoushi' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('徐州' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('徐州市' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dezhou' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dezhoucity' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dezhoushi' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德州' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德州市' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('deyang' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('deyangcity' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('deyangshi' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德阳' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德阳市' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huizhou' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huizhoucity' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huizhoushi' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('惠州' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('惠州市' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdu' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengducity' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdushi' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('成都' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('成都市' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangzhou' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangzhoucity' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangzhoushi' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('扬州' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('扬州市' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengde' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdecity' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdeshi' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('承德' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('承德市' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fushun' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fushuncity' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fushunshi' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('抚顺' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('抚顺市' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lasa' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lasacity' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lasashi' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lhasa' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lhasacity' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lhasashi' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('拉萨' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('拉萨市' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jieyang' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jieyangcity' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jieyangshi' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('揭阳' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('揭阳市' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinxiang' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinxiangcity' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinxiangshi' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('新乡' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('新乡市' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuxi' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuxicity' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuxishi' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('无锡' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('无锡市' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('rizhao' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('rizhaocity' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('rizhaoshi' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('日照' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('日照市' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kunming' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kunmingcity' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kunmingshi' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('昆明' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('昆明市' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhong' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhongcity' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhongshi' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('晋中' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('晋中市' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qujing' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qujingcity' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qujingshi' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('曲靖' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('曲靖市' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hangzhou' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hangzhoucity' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hangzhoushi' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('杭州' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('杭州市' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zaozhuang' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zaozhuangcity' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zaozhuangshi' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('枣庄' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('枣庄市' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liuzhou' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liuzhoucity' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liuzhoushi' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('柳州' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('柳州市' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuzhou' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuzhoucity' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuzhoushi' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('株洲' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('株洲市' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guilin' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guilincity' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guilinshi' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('桂林' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('桂林市' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('meizhou' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('meizhoucity' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('meizhoushi' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('梅州' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('梅州市' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('榆林' as character varying)
 as "alias_key", 
    
    cast('榆林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('榆林市' as character varying)
 as "alias_key", 
    
    cast('榆林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhan' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhancity' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhanshi' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('武汉' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('武汉市' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shantou' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shantoucity' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shantoushi' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕头' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕头市' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanwei' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanweicity' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanweishi' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕尾' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕尾市' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiangmen' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiangmencity' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiangmenshi' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('江门' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('江门市' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenyang' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenyangcity' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenyangshi' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沈阳' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沈阳市' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cangzhou' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cangzhoucity' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cangzhoushi' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沧州' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沧州市' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heyuan' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heyuancity' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heyuanshi' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('河源' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('河源市' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quanzhou' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quanzhoucity' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quanzhoushi' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泉州' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泉州市' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taian' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiancity' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taianshi' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰安' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰安市' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰州' as character varying)
 as "alias_key", 
    
    cast('泰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰州市' as character varying)
 as "alias_key", 
    
    cast('泰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luzhou' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luzhoucity' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luzhoushi' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泸州' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泸州市' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luoyang' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luoyangcity' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luoyangshi' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('洛阳' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('洛阳市' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinan' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinancity' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinanshi' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济南' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济南市' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jining' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiningcity' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiningshi' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济宁' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济宁市' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haikou' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haikoucity' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haikoushi' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('海口' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('海口市' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zibo' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zibocity' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ziboshi' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淄博' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淄博市' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huainan' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huainancity' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huainanshi' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮南' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮南市' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huaian' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huaiancity' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huaianshi' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮安' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮安市' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenzhen' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenzhencity' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenzhenshi' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('深圳' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('深圳市' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingyuan' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingyuancity' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingyuanshi' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('清远' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('清远市' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wenzhou' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wenzhoucity' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wenzhoushi' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('温州' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('温州市' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weinan' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weinancity' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weinanshi' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('渭南' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('渭南市' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huzhou' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huzhoucity' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huzhoushi' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湖州' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湖州市' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangtan' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangtancity' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangtanshi' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湘潭' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湘潭市' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhanjiang' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhanjiangcity' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhanjiangshi' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湛江' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湛江市' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chuzhou' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chuzhoucity' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chuzhoushi' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滁州' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滁州市' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('binzhou' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('binzhoucity' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('binzhoushi' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滨州' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滨州市' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangzhou' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangzhoucity' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangzhoushi' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('漳州' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('漳州市' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weifang' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weifangcity' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weifangshi' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潍坊' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潍坊市' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chaozhou' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chaozhoucity' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chaozhoushi' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潮州' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潮州市' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yantai' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yantaicity' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yantaishi' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('烟台' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('烟台市' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaozuo' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaozuocity' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaozuoshi' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('焦作' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('焦作市' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('玉林' as character varying)
 as "alias_key", 
    
    cast('玉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('玉林市' as character varying)
 as "alias_key", 
    
    cast('玉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuhai' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuhaicity' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuhaishi' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('珠海' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('珠海市' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yancheng' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yanchengcity' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yanchengshi' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('盐城' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('盐城市' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shijiazhuang' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shijiazhuangcity' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shijiazhuangshi' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('石家庄' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('石家庄市' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuzhou' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuzhoucity' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuzhoushi' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('福州' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('福州市' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qinhuangdao' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qinhuangdaocity' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qinhuangdaoshi' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('秦皇岛' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('秦皇岛市' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoxing' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoxingcity' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoxingshi' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绍兴' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绍兴市' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('mianyang' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('mianyangcity' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('mianyangshi' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绵阳' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绵阳市' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liaocheng' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liaochengcity' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liaochengshi' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('聊城' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('聊城市' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhaoqing' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhaoqingcity' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhaoqingshi' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('肇庆' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('肇庆市' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoushan' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoushancity' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoushanshi' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('舟山' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('舟山市' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhu' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhucity' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhushi' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('芜湖' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('芜湖市' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suzhou' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suzhoucity' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suzhoushi' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('苏州' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('苏州市' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maoming' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maomingcity' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maomingshi' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('茂名' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('茂名市' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jingzhou' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jingzhoucity' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jingzhoushi' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('荆州' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('荆州市' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('putian' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('putiancity' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('putianshi' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('莆田' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('莆田市' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heze' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hezecity' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hezeshi' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('菏泽' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('菏泽市' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('bengbu' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('bengbucity' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('bengbushi' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('蚌埠' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('蚌埠市' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengshui' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengshuicity' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengshuishi' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡水' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡水市' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengyang' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengyangcity' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengyangshi' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡阳' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡阳市' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quzhou' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quzhoucity' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quzhoushi' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衢州' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衢州市' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangyang' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangyangcity' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangyangshi' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('襄阳' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('襄阳市' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xining' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiningcity' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiningshi' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西宁' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西宁市' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xian' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiancity' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianshi' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西安' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西安市' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuchang' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuchangcity' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuchangshi' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('许昌' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('许昌市' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guiyang' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guiyangcity' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guiyangshi' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('贵阳' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('贵阳市' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ganzhou' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ganzhoucity' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ganzhoushi' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赣州' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赣州市' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chifeng' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chifengcity' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chifengshi' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赤峰' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赤峰市' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yuncheng' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yunchengcity' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yunchengshi' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('运城' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('运城市' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lianyungang' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lianyungangcity' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lianyungangshi' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('连云港' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('连云港市' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zunyi' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zunyicity' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zunyishi' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('遵义' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('遵义市' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xingtai' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xingtaicity' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xingtaishi' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邢台' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邢台市' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('handan' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('handancity' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('handanshi' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邯郸' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邯郸市' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoyang' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoyangcity' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoyangshi' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邵阳' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邵阳市' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhengzhou' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhengzhoucity' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhengzhoushi' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郑州' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郑州市' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chenzhou' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chenzhoucity' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chenzhoushi' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郴州' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郴州市' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('eerduosi' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('eerduosicity' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('eerduosishi' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ordos' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ordoscity' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ordosshi' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鄂尔多斯' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鄂尔多斯市' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chongqing' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chongqingcity' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chongqingshi' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('重庆' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('重庆市' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinhua' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinhuacity' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinhuashi' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('金华' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('金华市' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yinchuan' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yinchuancity' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yinchuanshi' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('银川' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('银川市' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhou' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhoucity' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhoushi' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('锦州' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('锦州市' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhenjiang' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhenjiangcity' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhenjiangshi' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('镇江' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('镇江市' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changchun' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changchuncity' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changchunshi' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长春' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长春市' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changsha' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changshacity' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changshashi' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长沙' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长沙市' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhi' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhicity' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhishi' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长治' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长治市' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuyang' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuyangcity' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuyangshi' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阜阳' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阜阳市' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangjiang' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangjiangcity' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangjiangshi' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阳江' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阳江市' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingdao' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingdaocity' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingdaoshi' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('青岛' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('青岛市' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anshan' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anshancity' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anshanshi' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鞍山' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鞍山市' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoguan' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoguancity' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoguanshi' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('韶关' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('韶关市' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maanshan' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maanshancity' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maanshanshi' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('马鞍山' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('马鞍山市' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhumadian' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhumadiancity' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhumadianshi' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('驻马店' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('驻马店市' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huangshi' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huangshicity' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huangshishi' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('黄石' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('黄石市' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihaer' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihaercity' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihaershi' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihar' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqiharcity' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqiharshi' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('齐齐哈尔' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('齐齐哈尔市' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('longyan' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('longyancity' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('longyanshi' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('龙岩' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('龙岩市' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
),  __dbt__cte__country_aliases as (

-- Fixture for country_aliases
select 
    
    cast('ae' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('are' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('uae' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedarabemirates' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('阿联酋' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('au' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('aus' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('australia' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('澳大利亚' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('澳洲' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('br' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('bra' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('brazil' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('巴西' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('ca' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('can' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('canada' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('加拿大' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('ch' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('che' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('switzerland' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('瑞士' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('china' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('chn' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('cn' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('mainlandchina' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('peoplesrepublicofchina' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('prc' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('prchina' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中华人民共和国' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中国' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中国大陆' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中國' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('大陆' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('de' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('deu' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('deutschland' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('germany' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('德国' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('es' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('esp' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('spain' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('西班牙' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('fr' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('fra' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('france' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('法国' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('britain' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('england' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('gb' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('gbr' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('greatbritain' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('uk' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedkingdom' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('英国' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('英國' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('hk' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('hkg' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('hongkong' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('hongkongsar' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('中国香港' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('香港' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('香港特别行政区' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('id' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('idn' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('indonesia' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('印尼' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('印度尼西亚' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('ie' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('ireland' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('irl' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('爱尔兰' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('in' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('ind' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('india' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('印度' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('it' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('ita' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('italy' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('意大利' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('japan' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('jp' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('jpn' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('日本' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('kor' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('korea' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('kr' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('republicofkorea' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('southkorea' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('南韩' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('韓國' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('韩国' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('mac' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('macao' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('macau' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('mo' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('中国澳门' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('澳門' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('澳门' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('澳门特别行政区' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('mex' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('mexico' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('mx' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('墨西哥' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('malaysia' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('my' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('mys' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('马来西亚' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('holland' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('netherlands' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('nl' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('nld' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('荷兰' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('newzealand' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('nz' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('nzl' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('新西兰' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('ph' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('philippines' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('phl' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('菲律宾' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('ru' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('rus' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('russia' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('russianfederation' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('俄罗斯' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('se' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('swe' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('sweden' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('瑞典' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('sg' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('sgp' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('singapore' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('新加坡' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('th' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('tha' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('thailand' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('泰国' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('taiwan' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('tw' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('twn' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('中国台湾' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('台湾' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('台灣' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('臺灣' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('america' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedstates' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedstatesofamerica' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('us' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('usa' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('美国' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('美國' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('vietnam' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
union all
select 
    
    cast('vn' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
union all
select 
    
    cast('vnm' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
union all
select 
    
    cast('越南' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
), contacts as (
    select * from __dbt__cte__base_crm__contacts
    where quarantine_reason is null
),

normalized as (
    select
        contact_id,
        lower(source_system) as source_system,
        case
    when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(first_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\p{Han} ·•・･‧.]*\p{Han}[\p{Han} ·•・･‧.]*')
        then regexp_replace(
            regexp_replace(nullif(trim(regexp_replace(
    translate(cast(first_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '', 'g'),
            '[•・･‧.]',
            '·',
            'g'
        )
    else nullif(trim(regexp_replace(
    translate(cast(first_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')
end as first_name,
        case
    when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(last_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\p{Han} ·•・･‧.]*\p{Han}[\p{Han} ·•・･‧.]*')
        then regexp_replace(
            regexp_replace(nullif(trim(regexp_replace(
    translate(cast(last_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '', 'g'),
            '[•・･‧.]',
            '·',
            'g'
        )
    else nullif(trim(regexp_replace(
    translate(cast(last_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')
end as last_name,
        case
    when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(full_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\p{Han} ·•・･‧.]*\p{Han}[\p{Han} ·•・･‧.]*')
        then regexp_replace(
            regexp_replace(nullif(trim(regexp_replace(
    translate(cast(full_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '', 'g'),
            '[•・･‧.]',
            '·',
            'g'
        )
    else nullif(trim(regexp_replace(
    translate(cast(full_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')
end as full_name,
        (
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            code_key as portrait_lookup_key,
            nullif(gender, '') as portrait_lookup_value
        from __dbt__cte__gender_codes
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = lower(nullif(trim(regexp_replace(
    translate(cast(gender as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''))
) as gender,
        cast(
    case
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{8}')
            then try_strptime(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '%Y%m%d')
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}')
            then try_strptime(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[/.]', '-', 'g'), '%Y-%m-%d')
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}')
            then try_strptime(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[/.]', '-', 'g'), '%d-%m-%Y')
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{4} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?[日号]?')
            then try_strptime(
                regexp_replace(
                    regexp_replace(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[ 日号]', '', 'g'),
                    '[年月]',
                    '-',
                    'g'
                ),
                '%Y-%m-%d'
            )
        when regexp_matches(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{1,2}:[0-9]{2}')
            then try_strptime(left(nullif(trim(regexp_replace(
    translate(cast(birth_date as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), 10), '%Y-%m-%d')
    end
    as date
) as birth_date_parsed,
        birth_date is not null as has_birth_date,
        nullif(lower(replace(nullif(trim(regexp_replace(
    translate(cast(email as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '')), '') as email,
        case
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)86[0-9]*') then null
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)[1-9][0-9]{7,14}')
        then '+' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(86)?1[3-9][0-9]{9}')
        then '+86' || right(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 11)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '0((10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || substr(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '[2-9][0-9]{10,14}') and not starts_with(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '86')
        then '+' || regexp_replace(nullif(trim(regexp_replace(
    translate(cast(phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g')
end as phone_e164,
        phone as phone_raw,
        nullif(upper(replace(nullif(trim(regexp_replace(
    translate(cast(national_id as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '')), '') as national_id,
        nullif(trim(regexp_replace(
    translate(cast(address_line1 as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as address_line1,
        nullif(trim(regexp_replace(
    translate(cast(address_line2 as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as address_line2,
        nullif(trim(regexp_replace(
    translate(cast(district as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as district,
        (
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            alias_key as portrait_lookup_key,
            nullif(canonical_name, '') as portrait_lookup_value
        from __dbt__cte__region_aliases
        where level = 'city'
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = nullif(
    regexp_replace(lower(nullif(trim(regexp_replace(
    translate(cast(city as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')), '[ ''’.,·-]', '', 'g'),
    ''
)
) as city,
        nullif(trim(regexp_replace(
    translate(cast(city as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as city_raw,
        (
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            alias_key as portrait_lookup_key,
            nullif(canonical_name, '') as portrait_lookup_value
        from __dbt__cte__region_aliases
        where level = 'province'
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = nullif(
    regexp_replace(lower(nullif(trim(regexp_replace(
    translate(cast(province as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')), '[ ''’.,·-]', '', 'g'),
    ''
)
) as province,
        nullif(trim(regexp_replace(
    translate(cast(province as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as province_raw,
        nullif(upper(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(postcode as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[^0-9A-Za-z]', '', 'g')), '') as postcode,
        (
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            alias_key as portrait_lookup_key,
            nullif(country_code, '') as portrait_lookup_value
        from __dbt__cte__country_aliases
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = nullif(
    regexp_replace(lower(nullif(trim(regexp_replace(
    translate(cast(country as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')), '[ ''’.,·-]', '', 'g'),
    ''
)
) as country,
        nullif(trim(regexp_replace(
    translate(cast(loyalty_member_id as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as loyalty_member_id,
        case
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(created_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{13}')
        then epoch_ms(cast(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(created_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ) as bigint))
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(created_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)? ?(Z|[+-][0-9]{2}(:?[0-9]{2})?)')
        then timezone(
            'UTC',
            try_strptime(regexp_replace(
                    regexp_replace(
                        regexp_replace(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(created_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), ' ?Z$', '+00:00'),
                        ' ?([+-][0-9]{2})$',
                        '\1:00'
                    ),
                    ' ?([+-][0-9:]+)$',
                    '\1'
                ),
                [
                    '%Y-%m-%d %H:%M:%S%z',
                    '%Y-%m-%d %H:%M:%S.%f%z',
                    '%Y-%m-%d %H:%M%z',
                    '%Y-%m-%d%z'
                ]
            )
        )
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(created_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)?')
        then timezone(
            'UTC',
            timezone(
                'Asia/Shanghai',
                try_strptime(
                    regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(created_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ),
                    ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%Y-%m-%d']
                )
            )
        )
end as created_at,
        case
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(updated_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{13}')
        then epoch_ms(cast(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(updated_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ) as bigint))
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(updated_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)? ?(Z|[+-][0-9]{2}(:?[0-9]{2})?)')
        then timezone(
            'UTC',
            try_strptime(regexp_replace(
                    regexp_replace(
                        regexp_replace(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(updated_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), ' ?Z$', '+00:00'),
                        ' ?([+-][0-9]{2})$',
                        '\1:00'
                    ),
                    ' ?([+-][0-9:]+)$',
                    '\1'
                ),
                [
                    '%Y-%m-%d %H:%M:%S%z',
                    '%Y-%m-%d %H:%M:%S.%f%z',
                    '%Y-%m-%d %H:%M%z',
                    '%Y-%m-%d%z'
                ]
            )
        )
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(updated_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)?')
        then timezone(
            'UTC',
            timezone(
                'Asia/Shanghai',
                try_strptime(
                    regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(updated_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ),
                    ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%Y-%m-%d']
                )
            )
        )
end as updated_at,
        source_file
    from contacts
),

flagged as (
    select
        contact_id,
        source_system,
        first_name,
        last_name,
        full_name,
        gender,
        case
            when (birth_date_parsed between cast('1900-01-01' as date) and current_date) then birth_date_parsed
        end as birth_date,
        case
            when has_birth_date
                then coalesce((birth_date_parsed between cast('1900-01-01' as date) and current_date), false)
        end as is_birth_date_valid,
        case when (
    length(email) <= 254
    and regexp_full_match(
        email,
        '[a-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
        || '@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}'
    )
) then email end as email,
        (
    length(email) <= 254
    and regexp_full_match(
        email,
        '[a-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
        || '@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}'
    )
) as is_email_valid,
        case when case
    when phone_e164 is not null
        then case
    when starts_with(phone_e164, '+86') then
        case
            when regexp_full_match(phone_e164, '\+861[3-9][0-9]{9}') then 'mobile'
            when regexp_full_match(
                phone_e164, '\+86(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})'
            ) then 'landline'
        end
    when regexp_full_match(phone_e164, '\+[1-9][0-9]{7,14}') then 'international'
end is not null
end then phone_e164 end as phone_e164,
        case
        when nullif(trim(phone_raw), '') is not null
            then coalesce(case
    when phone_e164 is not null
        then case
    when starts_with(phone_e164, '+86') then
        case
            when regexp_full_match(phone_e164, '\+861[3-9][0-9]{9}') then 'mobile'
            when regexp_full_match(
                phone_e164, '\+86(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})'
            ) then 'landline'
        end
    when regexp_full_match(phone_e164, '\+[1-9][0-9]{7,14}') then 'international'
end is not null
end, false)
    end as is_phone_valid,
        case when case
    when national_id is null then null
    when not regexp_full_match(national_id, '[0-9]{17}[0-9X]') then false
    else
        substr(
    '10X98765432',
    cast((
        cast(substr(national_id, 1, 1) as integer) * 7
        + cast(substr(national_id, 2, 1) as integer) * 9
        + cast(substr(national_id, 3, 1) as integer) * 10
        + cast(substr(national_id, 4, 1) as integer) * 5
        + cast(substr(national_id, 5, 1) as integer) * 8
        + cast(substr(national_id, 6, 1) as integer) * 4
        + cast(substr(national_id, 7, 1) as integer) * 2
        + cast(substr(national_id, 8, 1) as integer) * 1
        + cast(substr(national_id, 9, 1) as integer) * 6
        + cast(substr(national_id, 10, 1) as integer) * 3
        + cast(substr(national_id, 11, 1) as integer) * 7
        + cast(substr(national_id, 12, 1) as integer) * 9
        + cast(substr(national_id, 13, 1) as integer) * 10
        + cast(substr(national_id, 14, 1) as integer) * 5
        + cast(substr(national_id, 15, 1) as integer) * 8
        + cast(substr(national_id, 16, 1) as integer) * 4
        + cast(substr(national_id, 17, 1) as integer) * 2
    ) % 11 as integer) + 1,
    1
) = substr(national_id, 18, 1)
        and try_strptime(substr(national_id, 7, 8), '%Y%m%d') is not null
end then national_id end as national_id,
        national_id as national_id_raw,
        case
    when national_id is null then null
    when not regexp_full_match(national_id, '[0-9]{17}[0-9X]') then false
    else
        substr(
    '10X98765432',
    cast((
        cast(substr(national_id, 1, 1) as integer) * 7
        + cast(substr(national_id, 2, 1) as integer) * 9
        + cast(substr(national_id, 3, 1) as integer) * 10
        + cast(substr(national_id, 4, 1) as integer) * 5
        + cast(substr(national_id, 5, 1) as integer) * 8
        + cast(substr(national_id, 6, 1) as integer) * 4
        + cast(substr(national_id, 7, 1) as integer) * 2
        + cast(substr(national_id, 8, 1) as integer) * 1
        + cast(substr(national_id, 9, 1) as integer) * 6
        + cast(substr(national_id, 10, 1) as integer) * 3
        + cast(substr(national_id, 11, 1) as integer) * 7
        + cast(substr(national_id, 12, 1) as integer) * 9
        + cast(substr(national_id, 13, 1) as integer) * 10
        + cast(substr(national_id, 14, 1) as integer) * 5
        + cast(substr(national_id, 15, 1) as integer) * 8
        + cast(substr(national_id, 16, 1) as integer) * 4
        + cast(substr(national_id, 17, 1) as integer) * 2
    ) % 11 as integer) + 1,
    1
) = substr(national_id, 18, 1)
        and try_strptime(substr(national_id, 7, 8), '%Y%m%d') is not null
end as is_national_id_valid,
        address_line1,
        address_line2,
        district,
        city,
        city_raw,
        province,
        province_raw,
        postcode,
        country,
        loyalty_member_id,
        created_at,
        updated_at,
        source_file
    from normalized
),

final as (
    select * from flagged
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "contact_id", "phone_e164", "is_phone_valid", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('p01' as character varying)
 as "contact_id", 
    
    cast('+8613800138000' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p02' as character varying)
 as "contact_id", 
    
    cast('+8613800138000' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p03' as character varying)
 as "contact_id", 
    
    cast('+8613800138000' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p04' as character varying)
 as "contact_id", 
    
    cast('+8613800138000' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p05' as character varying)
 as "contact_id", 
    
    cast('+8613800138000' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p06' as character varying)
 as "contact_id", 
    
    cast('+8613800138000' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p07' as character varying)
 as "contact_id", 
    
    cast('+861012345678' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p08' as character varying)
 as "contact_id", 
    
    cast('+8675588889999' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p09' as character varying)
 as "contact_id", 
    
    cast('+861012345678' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p10' as character varying)
 as "contact_id", 
    
    cast('+14155552671' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p11' as character varying)
 as "contact_id", 
    
    cast('+442079460958' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p12' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p13' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p14' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p15' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p16' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(null as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p17' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(null as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p18' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p19' as character varying)
 as "contact_id", 
    
    cast('+447575716807' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p20' as character varying)
 as "contact_id", 
    
    cast('+85292202779' as character varying)
 as "phone_e164", 
    
    cast(True as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p21' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
union all
select 
    
    cast('p22' as character varying)
 as "contact_id", 
    
    cast(null as character varying(256))
 as "phone_e164", 
    
    cast(False as BOOLEAN)
 as "is_phone_valid"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected

-- Fixture for base_crm__contacts
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e01' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('  John.Doe@Example.COM ' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e02' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('ＪＯＨＮ＠ＥＸＡＭＰＬＥ．ＣＯＭ' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e03' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('john doe @ example.com' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e04' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('o''brien+tag@mail.example.co.uk' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e05' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('a..b@example.com' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e06' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('a@b@example.com' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e07' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('a@example' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e08' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('a@example.c' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e09' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('.a@example.com' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e10' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('a@example..com' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e11' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('张三@example.com' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e12' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast('  ' as character varying)
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
union all
select cast(null as character varying(256)) as "source_file", cast(null as character varying(256)) as "raw_record", 
    
    cast('e13' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "first_name", cast(null as character varying(256)) as "last_name", cast(null as character varying(256)) as "full_name", cast(null as character varying(256)) as "gender", cast(null as character varying(256)) as "birth_date", 
    
    cast(null as character varying(256))
 as "email", cast(null as character varying(256)) as "phone", cast(null as character varying(256)) as "national_id", cast(null as character varying(256)) as "address_line1", cast(null as character varying(256)) as "address_line2", cast(null as character varying(256)) as "city", cast(null as character varying(256)) as "district", cast(null as character varying(256)) as "province", cast(null as character varying(256)) as "postcode", cast(null as character varying(256)) as "country", cast(null as character varying(256)) as "loyalty_member_id", cast(null as character varying(256)) as "created_at", cast(null as character varying(256)) as "updated_at", cast(null as character varying(256)) as "record_key", cast(null as TIMESTAMP) as "updated_at_utc", cast(null as character varying(256)) as "quarantine_reason"
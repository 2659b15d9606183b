
-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"

-- Fixture for int_profile_as_of
select 
    
    cast('2026-10-31 16:00:00' as TIMESTAMP)
 as "as_of_at"
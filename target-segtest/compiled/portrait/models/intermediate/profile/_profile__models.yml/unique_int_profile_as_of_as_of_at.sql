
    
    

select
    as_of_at as unique_field,
    count(*) as n_records

from "warehouse"."main"."int_profile_as_of"
where as_of_at is not null
group by as_of_at
having count(*) > 1




    
    

select
    purpose as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."consent_purposes"
where purpose is not null
group by purpose
having count(*) > 1



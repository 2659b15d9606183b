
    
    

select
    region_code as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."regions"
where region_code is not null
group by region_code
having count(*) > 1



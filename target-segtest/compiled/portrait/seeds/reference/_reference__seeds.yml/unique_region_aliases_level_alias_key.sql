
    
    

select
    level || ':' || alias_key as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."region_aliases"
where level || ':' || alias_key is not null
group by level || ':' || alias_key
having count(*) > 1



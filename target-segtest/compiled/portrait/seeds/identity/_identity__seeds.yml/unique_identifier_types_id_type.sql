
    
    

select
    id_type as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."identifier_types"
where id_type is not null
group by id_type
having count(*) > 1




    
    

select
    nps_category as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."nps_categories"
where nps_category is not null
group by nps_category
having count(*) > 1



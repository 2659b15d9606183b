
    
    

select
    category as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."category_interests"
where category is not null
group by category
having count(*) > 1



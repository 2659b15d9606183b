
    
    

with all_values as (

    select
        city_tier as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."regions"
    group by city_tier

)

select *
from all_values
where value_field not in (
    '1','new_1','2','3','4','5'
)



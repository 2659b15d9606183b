
    
    

with all_values as (

    select
        level as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."region_aliases"
    group by level

)

select *
from all_values
where value_field not in (
    'province','city'
)



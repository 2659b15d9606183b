
    
    

with all_values as (

    select
        city_tier as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_customer_golden_records"
    group by city_tier

)

select *
from all_values
where value_field not in (
    '1','new_1','2','3','4','5'
)



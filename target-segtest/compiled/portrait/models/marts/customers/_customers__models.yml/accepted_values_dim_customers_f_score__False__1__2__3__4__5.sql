
    
    

with all_values as (

    select
        f_score as value_field,
        count(*) as n_records

    from "warehouse"."main"."dim_customers"
    group by f_score

)

select *
from all_values
where value_field not in (
    1,2,3,4,5
)



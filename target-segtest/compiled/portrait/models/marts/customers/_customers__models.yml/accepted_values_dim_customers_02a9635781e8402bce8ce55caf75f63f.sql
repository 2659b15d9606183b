
    
    

with all_values as (

    select
        interests_source as value_field,
        count(*) as n_records

    from "warehouse"."main"."dim_customers"
    group by interests_source

)

select *
from all_values
where value_field not in (
    'survey','behaviour'
)



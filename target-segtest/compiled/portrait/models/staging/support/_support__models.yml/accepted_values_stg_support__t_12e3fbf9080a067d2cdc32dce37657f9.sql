
    
    

with all_values as (

    select
        category as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_support__tickets"
    group by category

)

select *
from all_values
where value_field not in (
    'delivery','refund','product_quality','account','other'
)



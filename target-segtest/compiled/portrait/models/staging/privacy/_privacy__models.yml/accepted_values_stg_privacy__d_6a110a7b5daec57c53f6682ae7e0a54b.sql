
    
    

with all_values as (

    select
        request_source as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_privacy__deletion_requests"
    group by request_source

)

select *
from all_values
where value_field not in (
    'web_form','customer_service','email'
)



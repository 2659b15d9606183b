
    
    

with all_values as (

    select
        channel as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_support__tickets"
    group by channel

)

select *
from all_values
where value_field not in (
    'phone','email','chat','wechat'
)



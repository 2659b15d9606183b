
    
    

with all_values as (

    select
        app_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_wechat__followers"
    group by app_type

)

select *
from all_values
where value_field not in (
    'official_account','mini_program'
)



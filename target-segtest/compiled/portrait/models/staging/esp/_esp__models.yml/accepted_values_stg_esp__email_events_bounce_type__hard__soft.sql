
    
    

with all_values as (

    select
        bounce_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_esp__email_events"
    group by bounce_type

)

select *
from all_values
where value_field not in (
    'hard','soft'
)




    
    

with all_values as (

    select
        message_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_segment__messages"
    group by message_type

)

select *
from all_values
where value_field not in (
    'identify','track','page','screen','alias'
)



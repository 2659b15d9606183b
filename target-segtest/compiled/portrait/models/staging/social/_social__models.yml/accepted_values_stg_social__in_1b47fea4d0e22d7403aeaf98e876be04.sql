
    
    

with all_values as (

    select
        interaction_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_social__interactions"
    group by interaction_type

)

select *
from all_values
where value_field not in (
    'like','comment','share'
)



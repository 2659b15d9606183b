
    
    

with all_values as (

    select
        lifecycle_stage as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_lifecycle_stages_assigned"
    group by lifecycle_stage

)

select *
from all_values
where value_field not in (
    'new','active','at_risk','churned','reactivated'
)



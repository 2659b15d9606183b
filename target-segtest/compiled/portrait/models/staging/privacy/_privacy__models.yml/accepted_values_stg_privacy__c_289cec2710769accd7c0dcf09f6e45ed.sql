
    
    

with all_values as (

    select
        consent_action as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_privacy__consent_events"
    group by consent_action

)

select *
from all_values
where value_field not in (
    'granted','revoked'
)



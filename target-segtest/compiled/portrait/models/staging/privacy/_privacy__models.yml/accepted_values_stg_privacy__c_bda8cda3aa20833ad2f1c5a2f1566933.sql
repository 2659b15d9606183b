
    
    

with all_values as (

    select
        legal_basis as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_privacy__consent_events"
    group by legal_basis

)

select *
from all_values
where value_field not in (
    'consent','contract','legitimate_interest','legal_obligation'
)




    
    

with all_values as (

    select
        purpose as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_privacy__consent_events"
    group by purpose

)

select *
from all_values
where value_field not in (
    'marketing_email','marketing_sms','marketing_wechat','personalization','analytics','third_party_sharing'
)




    
    

with all_values as (

    select
        source_name as value_field,
        count(*) as n_records

    from "warehouse"."main"."idn_identifier_observations"
    group by source_name

)

select *
from all_values
where value_field not in (
    'web_events','orders','crm_contacts','email_events','wechat_followers','social_interactions','survey_responses','support_tickets','consent_events','deletion_requests'
)



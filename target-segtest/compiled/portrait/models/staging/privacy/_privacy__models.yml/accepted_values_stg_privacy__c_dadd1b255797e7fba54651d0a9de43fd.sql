
    
    

with all_values as (

    select
        capture_source as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_privacy__consent_events"
    group by capture_source

)

select *
from all_values
where value_field not in (
    'web_form','app_settings','wechat','store','email_unsubscribe','customer_service'
)



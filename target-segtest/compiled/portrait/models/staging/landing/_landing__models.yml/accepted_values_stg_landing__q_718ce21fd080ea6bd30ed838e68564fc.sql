
    
    

with all_values as (

    select
        quarantine_reason as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_landing__quarantined_rows"
    group by quarantine_reason

)

select *
from all_values
where value_field not in (
    'malformed_json','oversized_record','missing_key','missing_identity','unknown_message_type','invalid_timestamp','future_timestamp','invalid_amount','negative_amount','unknown_status','unknown_event_type','unknown_purpose','unknown_action','invalid_identifier','duplicate_record','superseded_version'
)



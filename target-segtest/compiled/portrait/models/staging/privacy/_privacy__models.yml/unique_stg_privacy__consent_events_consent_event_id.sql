
    
    

select
    consent_event_id as unique_field,
    count(*) as n_records

from "warehouse"."main"."stg_privacy__consent_events"
where consent_event_id is not null
group by consent_event_id
having count(*) > 1




    
    

select
    email_event_id as unique_field,
    count(*) as n_records

from "warehouse"."main"."stg_esp__email_events"
where email_event_id is not null
group by email_event_id
having count(*) > 1



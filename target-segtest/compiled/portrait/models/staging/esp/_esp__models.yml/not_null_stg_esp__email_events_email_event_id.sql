
    
    



select email_event_id
from "warehouse"."main"."stg_esp__email_events"
where email_event_id is null



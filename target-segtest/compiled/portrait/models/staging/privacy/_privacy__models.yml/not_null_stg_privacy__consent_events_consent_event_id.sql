
    
    



select consent_event_id
from "warehouse"."main"."stg_privacy__consent_events"
where consent_event_id is null



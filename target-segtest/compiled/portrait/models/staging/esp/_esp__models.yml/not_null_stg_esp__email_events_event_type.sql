
    
    



select event_type
from "warehouse"."main"."stg_esp__email_events"
where event_type is null



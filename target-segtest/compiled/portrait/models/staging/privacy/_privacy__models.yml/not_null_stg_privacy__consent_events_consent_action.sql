
    
    



select consent_action
from "warehouse"."main"."stg_privacy__consent_events"
where consent_action is null



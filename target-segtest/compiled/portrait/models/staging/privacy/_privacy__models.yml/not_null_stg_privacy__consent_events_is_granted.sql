
    
    



select is_granted
from "warehouse"."main"."stg_privacy__consent_events"
where is_granted is null



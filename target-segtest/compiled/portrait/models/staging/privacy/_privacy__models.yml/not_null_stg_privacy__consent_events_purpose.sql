
    
    



select purpose
from "warehouse"."main"."stg_privacy__consent_events"
where purpose is null



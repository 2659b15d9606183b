
    
    



select occurred_at
from "warehouse"."main"."stg_privacy__consent_events"
where occurred_at is null



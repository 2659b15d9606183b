
    
    



select occurred_at
from "warehouse"."main"."stg_esp__email_events"
where occurred_at is null



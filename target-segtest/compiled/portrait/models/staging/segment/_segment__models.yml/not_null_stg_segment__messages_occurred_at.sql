
    
    



select occurred_at
from "warehouse"."main"."stg_segment__messages"
where occurred_at is null



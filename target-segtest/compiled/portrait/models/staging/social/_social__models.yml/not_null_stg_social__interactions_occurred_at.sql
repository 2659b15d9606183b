
    
    



select occurred_at
from "warehouse"."main"."stg_social__interactions"
where occurred_at is null



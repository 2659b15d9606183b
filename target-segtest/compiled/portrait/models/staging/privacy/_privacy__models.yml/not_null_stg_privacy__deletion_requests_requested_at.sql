
    
    



select requested_at
from "warehouse"."main"."stg_privacy__deletion_requests"
where requested_at is null



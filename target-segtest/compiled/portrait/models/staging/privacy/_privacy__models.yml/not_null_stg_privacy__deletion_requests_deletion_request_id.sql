
    
    



select deletion_request_id
from "warehouse"."main"."stg_privacy__deletion_requests"
where deletion_request_id is null



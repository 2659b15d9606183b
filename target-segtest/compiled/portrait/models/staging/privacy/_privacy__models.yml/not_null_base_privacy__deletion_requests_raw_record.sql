
    
    



select raw_record
from "warehouse"."main"."base_privacy__deletion_requests"
where raw_record is null



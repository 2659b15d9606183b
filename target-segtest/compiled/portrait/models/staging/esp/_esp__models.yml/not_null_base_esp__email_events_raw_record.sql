
    
    



select raw_record
from "warehouse"."main"."base_esp__email_events"
where raw_record is null



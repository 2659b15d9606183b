
    
    



select raw_record
from "warehouse"."main"."base_privacy__consent_events"
where raw_record is null



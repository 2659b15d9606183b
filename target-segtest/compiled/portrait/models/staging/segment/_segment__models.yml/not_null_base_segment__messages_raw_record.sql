
    
    



select raw_record
from "warehouse"."main"."base_segment__messages"
where raw_record is null




    
    



select raw_record
from "warehouse"."main"."base_social__interactions"
where raw_record is null



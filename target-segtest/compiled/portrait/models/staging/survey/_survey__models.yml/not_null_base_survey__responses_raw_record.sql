
    
    



select raw_record
from "warehouse"."main"."base_survey__responses"
where raw_record is null



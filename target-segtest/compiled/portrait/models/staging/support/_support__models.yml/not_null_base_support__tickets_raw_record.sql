
    
    



select raw_record
from "warehouse"."main"."base_support__tickets"
where raw_record is null



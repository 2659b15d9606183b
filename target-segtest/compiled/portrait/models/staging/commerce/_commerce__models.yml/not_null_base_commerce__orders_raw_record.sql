
    
    



select raw_record
from "warehouse"."main"."base_commerce__orders"
where raw_record is null




    
    



select raw_record
from "warehouse"."main"."base_commerce__order_items"
where raw_record is null




    
    



select source_file
from "warehouse"."main"."base_commerce__order_items"
where source_file is null



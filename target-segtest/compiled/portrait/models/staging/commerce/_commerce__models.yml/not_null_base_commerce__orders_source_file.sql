
    
    



select source_file
from "warehouse"."main"."base_commerce__orders"
where source_file is null




    
    



select source_file
from "warehouse"."main"."stg_commerce__order_items"
where source_file is null



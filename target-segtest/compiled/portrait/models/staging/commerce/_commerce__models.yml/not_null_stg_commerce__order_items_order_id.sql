
    
    



select order_id
from "warehouse"."main"."stg_commerce__order_items"
where order_id is null



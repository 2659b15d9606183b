
    
    



select order_item_id
from "warehouse"."main"."stg_commerce__order_items"
where order_item_id is null



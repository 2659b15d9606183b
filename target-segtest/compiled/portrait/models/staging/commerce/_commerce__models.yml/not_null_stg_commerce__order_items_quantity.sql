
    
    



select quantity
from "warehouse"."main"."stg_commerce__order_items"
where quantity is null



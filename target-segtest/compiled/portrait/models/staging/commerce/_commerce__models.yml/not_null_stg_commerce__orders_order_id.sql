
    
    



select order_id
from "warehouse"."main"."stg_commerce__orders"
where order_id is null




    
    



select discount_amount
from "warehouse"."main"."stg_commerce__order_items"
where discount_amount is null



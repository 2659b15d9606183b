
    
    



select unit_price_amount
from "warehouse"."main"."stg_commerce__order_items"
where unit_price_amount is null



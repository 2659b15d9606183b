
    
    



select line_number
from "warehouse"."main"."stg_commerce__order_items"
where line_number is null



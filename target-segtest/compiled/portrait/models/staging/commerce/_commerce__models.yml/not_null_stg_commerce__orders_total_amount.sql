
    
    



select total_amount
from "warehouse"."main"."stg_commerce__orders"
where total_amount is null



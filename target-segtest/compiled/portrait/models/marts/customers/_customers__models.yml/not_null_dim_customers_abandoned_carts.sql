
    
    



select abandoned_carts
from "warehouse"."main"."dim_customers"
where abandoned_carts is null



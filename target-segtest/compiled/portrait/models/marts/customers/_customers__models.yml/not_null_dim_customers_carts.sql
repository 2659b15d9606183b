
    
    



select carts
from "warehouse"."main"."dim_customers"
where carts is null



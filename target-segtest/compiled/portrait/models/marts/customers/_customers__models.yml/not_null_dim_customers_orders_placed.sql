
    
    



select orders_placed
from "warehouse"."main"."dim_customers"
where orders_placed is null



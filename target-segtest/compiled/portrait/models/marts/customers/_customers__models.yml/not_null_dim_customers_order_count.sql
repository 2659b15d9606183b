
    
    



select order_count
from "warehouse"."main"."dim_customers"
where order_count is null



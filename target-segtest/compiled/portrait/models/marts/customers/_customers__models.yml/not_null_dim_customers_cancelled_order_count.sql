
    
    



select cancelled_order_count
from "warehouse"."main"."dim_customers"
where cancelled_order_count is null




    
    



select refunded_order_count
from "warehouse"."main"."dim_customers"
where refunded_order_count is null



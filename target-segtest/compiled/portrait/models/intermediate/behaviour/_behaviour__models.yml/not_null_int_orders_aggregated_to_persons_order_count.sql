
    
    



select order_count
from "warehouse"."main"."int_orders_aggregated_to_persons"
where order_count is null



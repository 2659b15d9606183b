
    
    



select cancelled_order_count
from "warehouse"."main"."int_orders_aggregated_to_persons"
where cancelled_order_count is null



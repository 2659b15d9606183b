
    
    



select refunded_order_count
from "warehouse"."main"."int_orders_aggregated_to_persons"
where refunded_order_count is null




    
    



select last_order_placed_at
from "warehouse"."main"."int_orders_aggregated_to_persons"
where last_order_placed_at is null



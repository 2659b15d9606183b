
    
    



select orders_placed
from "warehouse"."main"."int_orders_aggregated_to_persons"
where orders_placed is null



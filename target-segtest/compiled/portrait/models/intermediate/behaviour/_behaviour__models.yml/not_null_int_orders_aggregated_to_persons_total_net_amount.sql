
    
    



select total_net_amount
from "warehouse"."main"."int_orders_aggregated_to_persons"
where total_net_amount is null



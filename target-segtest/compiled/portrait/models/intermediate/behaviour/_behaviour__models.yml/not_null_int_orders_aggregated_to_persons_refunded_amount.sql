
    
    



select refunded_amount
from "warehouse"."main"."int_orders_aggregated_to_persons"
where refunded_amount is null




    
    



select refund_rate
from "warehouse"."main"."int_orders_aggregated_to_persons"
where refund_rate is null



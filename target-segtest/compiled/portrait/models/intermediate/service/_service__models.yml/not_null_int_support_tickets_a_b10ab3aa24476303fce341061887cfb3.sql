
    
    



select tickets_last_90d
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where tickets_last_90d is null



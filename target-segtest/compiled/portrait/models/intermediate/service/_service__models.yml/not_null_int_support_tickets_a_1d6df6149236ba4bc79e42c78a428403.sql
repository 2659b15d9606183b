
    
    



select low_satisfaction_tickets
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where low_satisfaction_tickets is null



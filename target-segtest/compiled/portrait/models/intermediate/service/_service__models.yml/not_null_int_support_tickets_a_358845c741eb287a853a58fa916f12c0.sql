
    
    



select satisfaction_responses
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where satisfaction_responses is null



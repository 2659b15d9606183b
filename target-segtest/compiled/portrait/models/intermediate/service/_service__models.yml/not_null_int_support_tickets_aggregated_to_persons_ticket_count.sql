
    
    



select ticket_count
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where ticket_count is null



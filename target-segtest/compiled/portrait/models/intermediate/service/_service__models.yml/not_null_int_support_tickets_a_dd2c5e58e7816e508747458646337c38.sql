
    
    



select open_ticket_count
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where open_ticket_count is null




    
    



select last_ticket_at
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where last_ticket_at is null




    
    



select open_ticket_count
from "warehouse"."main"."dim_customers"
where open_ticket_count is null



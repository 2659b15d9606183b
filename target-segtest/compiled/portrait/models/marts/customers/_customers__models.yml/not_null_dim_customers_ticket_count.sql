
    
    



select ticket_count
from "warehouse"."main"."dim_customers"
where ticket_count is null



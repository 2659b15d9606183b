
    
    



select low_satisfaction_tickets
from "warehouse"."main"."dim_customers"
where low_satisfaction_tickets is null




    
    



select satisfaction_responses
from "warehouse"."main"."dim_customers"
where satisfaction_responses is null



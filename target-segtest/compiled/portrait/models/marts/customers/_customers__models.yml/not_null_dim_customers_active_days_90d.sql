
    
    



select active_days_90d
from "warehouse"."main"."dim_customers"
where active_days_90d is null




    
    



select active_days_30d
from "warehouse"."main"."dim_customers"
where active_days_30d is null



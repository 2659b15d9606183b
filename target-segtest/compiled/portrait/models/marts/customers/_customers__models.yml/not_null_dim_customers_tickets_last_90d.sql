
    
    



select tickets_last_90d
from "warehouse"."main"."dim_customers"
where tickets_last_90d is null



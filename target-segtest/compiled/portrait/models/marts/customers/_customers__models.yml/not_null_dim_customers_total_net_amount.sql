
    
    



select total_net_amount
from "warehouse"."main"."dim_customers"
where total_net_amount is null



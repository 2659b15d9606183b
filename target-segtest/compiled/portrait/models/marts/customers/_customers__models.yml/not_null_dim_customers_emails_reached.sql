
    
    



select emails_reached
from "warehouse"."main"."dim_customers"
where emails_reached is null



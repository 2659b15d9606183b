
    
    



select refunded_amount
from "warehouse"."main"."dim_customers"
where refunded_amount is null



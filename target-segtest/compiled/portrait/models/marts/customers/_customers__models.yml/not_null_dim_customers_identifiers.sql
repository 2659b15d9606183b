
    
    



select identifiers
from "warehouse"."main"."dim_customers"
where identifiers is null




    
    



select is_identified
from "warehouse"."main"."dim_customers"
where is_identified is null



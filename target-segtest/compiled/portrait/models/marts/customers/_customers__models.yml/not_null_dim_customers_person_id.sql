
    
    



select person_id
from "warehouse"."main"."dim_customers"
where person_id is null



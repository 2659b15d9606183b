
    
    



select profile_as_of_at
from "warehouse"."main"."dim_customers"
where profile_as_of_at is null



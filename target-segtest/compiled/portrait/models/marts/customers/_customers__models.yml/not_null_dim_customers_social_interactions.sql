
    
    



select social_interactions
from "warehouse"."main"."dim_customers"
where social_interactions is null



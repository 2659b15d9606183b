
    
    



select social_comments
from "warehouse"."main"."dim_customers"
where social_comments is null




    
    



select changed_at
from "warehouse"."main"."fct_profile_changes"
where changed_at is null



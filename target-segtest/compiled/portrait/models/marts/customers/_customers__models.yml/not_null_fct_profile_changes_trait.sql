
    
    



select trait
from "warehouse"."main"."fct_profile_changes"
where trait is null



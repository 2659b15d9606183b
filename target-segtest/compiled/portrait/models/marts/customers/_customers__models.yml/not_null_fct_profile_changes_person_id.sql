
    
    



select person_id
from "warehouse"."main"."fct_profile_changes"
where person_id is null



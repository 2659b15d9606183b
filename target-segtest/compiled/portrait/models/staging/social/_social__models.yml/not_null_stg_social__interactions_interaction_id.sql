
    
    



select interaction_id
from "warehouse"."main"."stg_social__interactions"
where interaction_id is null



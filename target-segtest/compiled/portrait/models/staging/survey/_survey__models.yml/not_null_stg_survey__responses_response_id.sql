
    
    



select response_id
from "warehouse"."main"."stg_survey__responses"
where response_id is null



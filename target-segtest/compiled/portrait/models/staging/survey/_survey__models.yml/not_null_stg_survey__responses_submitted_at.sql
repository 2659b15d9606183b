
    
    



select submitted_at
from "warehouse"."main"."stg_survey__responses"
where submitted_at is null




    
    



select platform_user_id
from "warehouse"."main"."stg_social__interactions"
where platform_user_id is null



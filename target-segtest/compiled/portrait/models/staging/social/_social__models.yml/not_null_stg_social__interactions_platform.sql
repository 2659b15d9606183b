
    
    



select platform
from "warehouse"."main"."stg_social__interactions"
where platform is null




    
    



select id_type
from "warehouse"."main"."stg_privacy__deletion_requests"
where id_type is null




    
    



select id_value
from "warehouse"."main"."stg_privacy__deletion_requests"
where id_value is null



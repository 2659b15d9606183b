
    
    



select id_type
from "warehouse"."main"."stg_privacy__consent_events"
where id_type is null



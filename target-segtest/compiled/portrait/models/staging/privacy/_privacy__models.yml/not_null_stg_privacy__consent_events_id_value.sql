
    
    



select id_value
from "warehouse"."main"."stg_privacy__consent_events"
where id_value is null



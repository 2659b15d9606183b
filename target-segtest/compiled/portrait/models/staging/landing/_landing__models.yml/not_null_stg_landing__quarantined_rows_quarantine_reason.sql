
    
    



select quarantine_reason
from "warehouse"."main"."stg_landing__quarantined_rows"
where quarantine_reason is null



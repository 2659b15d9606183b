
    
    



select files_read
from "warehouse"."main"."rpt_load_audit"
where files_read is null



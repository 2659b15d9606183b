
    
    



select quarantined_rows
from "warehouse"."main"."rpt_load_audit"
where quarantined_rows is null



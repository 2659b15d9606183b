
    
    



select is_balanced
from "warehouse"."main"."rpt_load_audit"
where is_balanced is null



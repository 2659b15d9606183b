
    
    



select raw_record
from "warehouse"."main"."stg_landing__quarantined_rows"
where raw_record is null



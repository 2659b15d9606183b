
    
    



select source_name
from "warehouse"."main"."stg_landing__quarantined_rows"
where source_name is null




    
    



select source_file
from "warehouse"."main"."stg_landing__quarantined_rows"
where source_file is null




    
    



select source_file
from "warehouse"."main"."stg_segment__messages"
where source_file is null




    
    



select source_file
from "warehouse"."main"."stg_privacy__deletion_requests"
where source_file is null



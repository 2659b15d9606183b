
    
    



select source_file
from "warehouse"."main"."base_privacy__deletion_requests"
where source_file is null




    
    



select source_file
from "warehouse"."main"."base_segment__messages"
where source_file is null




    
    



select source_file
from "warehouse"."main"."base_wechat__followers"
where source_file is null




    
    



select source_file
from "warehouse"."main"."stg_wechat__followers"
where source_file is null



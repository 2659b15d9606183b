
    
    



select raw_record
from "warehouse"."main"."base_wechat__followers"
where raw_record is null



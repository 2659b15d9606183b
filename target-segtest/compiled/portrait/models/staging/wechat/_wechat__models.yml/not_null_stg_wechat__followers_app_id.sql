
    
    



select app_id
from "warehouse"."main"."stg_wechat__followers"
where app_id is null



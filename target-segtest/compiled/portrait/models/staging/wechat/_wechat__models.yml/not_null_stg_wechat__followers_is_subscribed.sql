
    
    



select is_subscribed
from "warehouse"."main"."stg_wechat__followers"
where is_subscribed is null



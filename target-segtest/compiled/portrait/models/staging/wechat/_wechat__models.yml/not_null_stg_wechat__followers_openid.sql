
    
    



select openid
from "warehouse"."main"."stg_wechat__followers"
where openid is null



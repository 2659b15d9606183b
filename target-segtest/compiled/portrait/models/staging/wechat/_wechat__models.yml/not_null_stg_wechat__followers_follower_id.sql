
    
    



select follower_id
from "warehouse"."main"."stg_wechat__followers"
where follower_id is null



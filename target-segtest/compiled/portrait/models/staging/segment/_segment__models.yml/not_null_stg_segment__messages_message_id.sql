
    
    



select message_id
from "warehouse"."main"."stg_segment__messages"
where message_id is null



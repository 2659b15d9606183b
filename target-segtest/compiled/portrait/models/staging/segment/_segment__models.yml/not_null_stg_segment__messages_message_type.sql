
    
    



select message_type
from "warehouse"."main"."stg_segment__messages"
where message_type is null



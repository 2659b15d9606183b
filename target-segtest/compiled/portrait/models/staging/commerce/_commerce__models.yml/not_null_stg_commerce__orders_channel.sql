
    
    



select channel
from "warehouse"."main"."stg_commerce__orders"
where channel is null




    
    



select status
from "warehouse"."main"."stg_commerce__orders"
where status is null



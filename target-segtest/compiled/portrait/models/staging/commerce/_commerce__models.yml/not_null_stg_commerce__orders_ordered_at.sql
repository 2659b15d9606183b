
    
    



select ordered_at
from "warehouse"."main"."stg_commerce__orders"
where ordered_at is null




    
    



select is_reversed
from "warehouse"."main"."stg_commerce__orders"
where is_reversed is null




    
    



select currency
from "warehouse"."main"."stg_commerce__orders"
where currency is null



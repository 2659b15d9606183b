
    
    



select is_open
from "warehouse"."main"."stg_support__tickets"
where is_open is null



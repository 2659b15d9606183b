
    
    



select opened_at
from "warehouse"."main"."stg_support__tickets"
where opened_at is null



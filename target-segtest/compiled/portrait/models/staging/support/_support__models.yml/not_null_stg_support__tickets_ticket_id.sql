
    
    



select ticket_id
from "warehouse"."main"."stg_support__tickets"
where ticket_id is null



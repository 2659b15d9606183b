
    
    



select active_dates
from "warehouse"."main"."int_lifecycle_stages_assigned"
where active_dates is null



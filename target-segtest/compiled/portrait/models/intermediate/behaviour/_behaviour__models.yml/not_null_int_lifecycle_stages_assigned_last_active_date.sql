
    
    



select last_active_date
from "warehouse"."main"."int_lifecycle_stages_assigned"
where last_active_date is null




    
    



select first_active_date
from "warehouse"."main"."int_lifecycle_stages_assigned"
where first_active_date is null



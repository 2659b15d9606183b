
    
    



select days_since_last_active
from "warehouse"."main"."int_lifecycle_stages_assigned"
where days_since_last_active is null



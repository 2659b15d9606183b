
    
    



select days_since_first_active
from "warehouse"."main"."int_lifecycle_stages_assigned"
where days_since_first_active is null




    
    



select lifecycle_stage
from "warehouse"."main"."int_lifecycle_stages_assigned"
where lifecycle_stage is null



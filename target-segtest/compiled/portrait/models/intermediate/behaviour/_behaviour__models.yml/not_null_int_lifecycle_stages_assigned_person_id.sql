
    
    



select person_id
from "warehouse"."main"."int_lifecycle_stages_assigned"
where person_id is null



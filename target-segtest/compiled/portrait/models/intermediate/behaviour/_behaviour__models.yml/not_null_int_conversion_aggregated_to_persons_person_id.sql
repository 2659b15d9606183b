
    
    



select person_id
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where person_id is null



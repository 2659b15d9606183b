
    
    



select person_id
from "warehouse"."main"."int_person_predictions"
where person_id is null



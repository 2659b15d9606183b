
    
    



select scored_as_of_at
from "warehouse"."main"."int_person_predictions"
where scored_as_of_at is null



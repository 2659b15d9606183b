
    
    



select training_rows
from "warehouse"."main"."int_person_predictions"
where training_rows is null




    
    



select prediction_model_version
from "warehouse"."main"."int_person_predictions"
where prediction_model_version is null



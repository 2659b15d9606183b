
    
    



select churn_method
from "warehouse"."main"."int_person_predictions"
where churn_method is null



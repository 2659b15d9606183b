
    
    



select purchase_method
from "warehouse"."main"."int_person_predictions"
where purchase_method is null



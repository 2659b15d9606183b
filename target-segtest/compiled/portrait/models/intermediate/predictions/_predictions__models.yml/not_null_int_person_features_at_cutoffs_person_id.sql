
    
    



select person_id
from "warehouse"."main"."int_person_features_at_cutoffs"
where person_id is null




    
    



select cutoff_name
from "warehouse"."main"."int_person_features_at_cutoffs"
where cutoff_name is null




    
    



select cutoff_at
from "warehouse"."main"."int_person_features_at_cutoffs"
where cutoff_at is null




    
    



select min_affinity_share
from "warehouse"."main_reference"."category_interests"
where min_affinity_share is null



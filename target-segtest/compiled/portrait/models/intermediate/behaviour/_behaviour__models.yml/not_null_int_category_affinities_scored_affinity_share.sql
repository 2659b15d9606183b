
    
    



select affinity_share
from "warehouse"."main"."int_category_affinities_scored"
where affinity_share is null



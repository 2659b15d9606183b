
    
    



select affinity_score
from "warehouse"."main"."int_category_affinities_scored"
where affinity_score is null



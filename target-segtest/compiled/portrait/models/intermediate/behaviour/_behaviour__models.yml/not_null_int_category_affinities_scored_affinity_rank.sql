
    
    



select affinity_rank
from "warehouse"."main"."int_category_affinities_scored"
where affinity_rank is null




    
    



select last_interaction_at
from "warehouse"."main"."int_category_affinities_scored"
where last_interaction_at is null



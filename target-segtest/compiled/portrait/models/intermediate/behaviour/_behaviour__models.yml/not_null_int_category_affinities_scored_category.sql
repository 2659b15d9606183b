
    
    



select category
from "warehouse"."main"."int_category_affinities_scored"
where category is null



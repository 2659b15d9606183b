
    
    



select person_id
from "warehouse"."main"."int_category_affinities_scored"
where person_id is null



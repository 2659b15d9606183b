
    
    



select cart_adds
from "warehouse"."main"."int_category_affinities_scored"
where cart_adds is null




    
    



select product_views
from "warehouse"."main"."int_category_affinities_scored"
where product_views is null



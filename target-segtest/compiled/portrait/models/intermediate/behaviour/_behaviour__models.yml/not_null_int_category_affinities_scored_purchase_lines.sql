
    
    



select purchase_lines
from "warehouse"."main"."int_category_affinities_scored"
where purchase_lines is null



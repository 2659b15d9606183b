
    
    



select min_value
from "warehouse"."main_reference"."rfm_score_bands"
where min_value is null



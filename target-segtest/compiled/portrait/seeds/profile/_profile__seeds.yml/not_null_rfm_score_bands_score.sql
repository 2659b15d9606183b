
    
    



select score
from "warehouse"."main_reference"."rfm_score_bands"
where score is null



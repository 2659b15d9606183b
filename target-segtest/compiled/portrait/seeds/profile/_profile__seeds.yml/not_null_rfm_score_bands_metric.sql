
    
    



select metric
from "warehouse"."main_reference"."rfm_score_bands"
where metric is null




    
    



select min_score
from "warehouse"."main_reference"."nps_categories"
where min_score is null



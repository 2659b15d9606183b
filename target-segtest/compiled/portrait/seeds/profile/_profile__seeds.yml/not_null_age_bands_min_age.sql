
    
    



select min_age
from "warehouse"."main_reference"."age_bands"
where min_age is null



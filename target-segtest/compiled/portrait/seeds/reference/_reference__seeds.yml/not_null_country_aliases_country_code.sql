
    
    



select country_code
from "warehouse"."main_reference"."country_aliases"
where country_code is null



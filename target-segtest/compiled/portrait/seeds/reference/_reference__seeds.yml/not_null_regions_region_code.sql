
    
    



select region_code
from "warehouse"."main_reference"."regions"
where region_code is null



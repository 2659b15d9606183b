
    
    



select level
from "warehouse"."main_reference"."regions"
where level is null



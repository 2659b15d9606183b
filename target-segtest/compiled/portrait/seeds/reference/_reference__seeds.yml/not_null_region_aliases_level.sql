
    
    



select level
from "warehouse"."main_reference"."region_aliases"
where level is null




    
    



select alias_key
from "warehouse"."main_reference"."region_aliases"
where alias_key is null



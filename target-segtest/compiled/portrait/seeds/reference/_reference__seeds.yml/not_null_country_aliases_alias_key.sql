
    
    



select alias_key
from "warehouse"."main_reference"."country_aliases"
where alias_key is null



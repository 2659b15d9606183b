
    
    



select canonical_name
from "warehouse"."main_reference"."region_aliases"
where canonical_name is null



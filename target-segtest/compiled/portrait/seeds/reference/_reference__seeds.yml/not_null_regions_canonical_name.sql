
    
    



select canonical_name
from "warehouse"."main_reference"."regions"
where canonical_name is null



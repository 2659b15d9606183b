
    
    



select priority
from "warehouse"."main_reference"."identifier_types"
where priority is null



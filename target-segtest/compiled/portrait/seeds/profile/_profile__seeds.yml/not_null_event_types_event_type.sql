
    
    



select event_type
from "warehouse"."main_reference"."event_types"
where event_type is null



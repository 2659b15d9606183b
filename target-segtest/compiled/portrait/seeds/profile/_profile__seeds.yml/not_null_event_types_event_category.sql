
    
    



select event_category
from "warehouse"."main_reference"."event_types"
where event_category is null



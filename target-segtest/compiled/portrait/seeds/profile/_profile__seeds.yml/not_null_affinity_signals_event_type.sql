
    
    



select event_type
from "warehouse"."main_reference"."affinity_signals"
where event_type is null



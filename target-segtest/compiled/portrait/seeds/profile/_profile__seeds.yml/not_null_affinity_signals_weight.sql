
    
    



select weight
from "warehouse"."main_reference"."affinity_signals"
where weight is null




    
    



select signal
from "warehouse"."main_reference"."affinity_signals"
where signal is null




    
    



select priority
from "warehouse"."main_reference"."identity_edge_rules"
where priority is null



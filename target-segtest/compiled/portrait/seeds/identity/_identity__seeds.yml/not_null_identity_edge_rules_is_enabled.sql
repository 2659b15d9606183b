
    
    



select is_enabled
from "warehouse"."main_reference"."identity_edge_rules"
where is_enabled is null



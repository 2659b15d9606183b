
    
    



select description
from "warehouse"."main_reference"."identity_edge_rules"
where description is null




    
    



select rule_name
from "warehouse"."main_reference"."identity_edge_rules"
where rule_name is null




    
    



select rule
from "warehouse"."main_reference"."survivorship_rules"
where rule is null



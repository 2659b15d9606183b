
    
    



select attribute
from "warehouse"."main_reference"."survivorship_rules"
where attribute is null



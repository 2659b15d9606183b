
    
    



select attribute
from "warehouse"."main_reference"."survivorship_sources"
where attribute is null




    
    



select source
from "warehouse"."main_reference"."survivorship_sources"
where source is null



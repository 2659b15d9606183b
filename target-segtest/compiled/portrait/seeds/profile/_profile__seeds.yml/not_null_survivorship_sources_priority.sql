
    
    



select priority
from "warehouse"."main_reference"."survivorship_sources"
where priority is null



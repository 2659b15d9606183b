
    
    



select is_verified
from "warehouse"."main_reference"."survivorship_sources"
where is_verified is null



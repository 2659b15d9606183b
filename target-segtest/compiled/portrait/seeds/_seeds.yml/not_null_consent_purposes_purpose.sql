
    
    



select purpose
from "warehouse"."main_reference"."consent_purposes"
where purpose is null



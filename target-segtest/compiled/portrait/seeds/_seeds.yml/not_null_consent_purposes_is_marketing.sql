
    
    



select is_marketing
from "warehouse"."main_reference"."consent_purposes"
where is_marketing is null



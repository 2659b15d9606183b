
    
    



select code_key
from "warehouse"."main_reference"."gender_codes"
where code_key is null



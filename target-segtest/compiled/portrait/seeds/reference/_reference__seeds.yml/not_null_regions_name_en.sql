
    
    



select name_en
from "warehouse"."main_reference"."regions"
where name_en is null



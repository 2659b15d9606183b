
    
    



select id_type
from "warehouse"."main_reference"."identifier_blocklist"
where id_type is null



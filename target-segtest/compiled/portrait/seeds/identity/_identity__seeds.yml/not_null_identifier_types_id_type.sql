
    
    



select id_type
from "warehouse"."main_reference"."identifier_types"
where id_type is null



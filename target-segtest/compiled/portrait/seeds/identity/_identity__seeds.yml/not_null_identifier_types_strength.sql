
    
    



select strength
from "warehouse"."main_reference"."identifier_types"
where strength is null



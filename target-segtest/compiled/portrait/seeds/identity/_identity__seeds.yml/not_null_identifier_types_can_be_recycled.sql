
    
    



select can_be_recycled
from "warehouse"."main_reference"."identifier_types"
where can_be_recycled is null



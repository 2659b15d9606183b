
    
    



select pattern
from "warehouse"."main_reference"."identifier_blocklist"
where pattern is null



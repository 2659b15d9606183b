
    
    



select reason
from "warehouse"."main_reference"."identifier_blocklist"
where reason is null



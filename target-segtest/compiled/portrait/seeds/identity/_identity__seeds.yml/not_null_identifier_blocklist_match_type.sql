
    
    



select match_type
from "warehouse"."main_reference"."identifier_blocklist"
where match_type is null



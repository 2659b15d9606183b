
    
    



select min_records
from "warehouse"."main_reference"."survivorship_rules"
where min_records is null



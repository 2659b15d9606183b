
    
    



select prefer_quality
from "warehouse"."main_reference"."survivorship_rules"
where prefer_quality is null



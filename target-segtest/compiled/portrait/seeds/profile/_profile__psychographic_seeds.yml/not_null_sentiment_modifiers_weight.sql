
    
    



select weight
from "warehouse"."main_reference"."sentiment_modifiers"
where weight is null



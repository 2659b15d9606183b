
    
    



select kind
from "warehouse"."main_reference"."sentiment_modifiers"
where kind is null



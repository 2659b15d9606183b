
    
    



select modifier
from "warehouse"."main_reference"."sentiment_modifiers"
where modifier is null



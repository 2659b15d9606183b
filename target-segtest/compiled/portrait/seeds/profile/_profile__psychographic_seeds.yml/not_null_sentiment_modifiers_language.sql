
    
    



select language
from "warehouse"."main_reference"."sentiment_modifiers"
where language is null




    
    



select language
from "warehouse"."main_reference"."sentiment_lexicon"
where language is null



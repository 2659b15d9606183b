
    
    



select term
from "warehouse"."main_reference"."sentiment_lexicon"
where term is null



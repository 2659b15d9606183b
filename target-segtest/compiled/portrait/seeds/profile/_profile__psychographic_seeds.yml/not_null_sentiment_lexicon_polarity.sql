
    
    



select polarity
from "warehouse"."main_reference"."sentiment_lexicon"
where polarity is null



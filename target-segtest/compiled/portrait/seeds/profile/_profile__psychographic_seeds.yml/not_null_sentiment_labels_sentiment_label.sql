
    
    



select sentiment_label
from "warehouse"."main_reference"."sentiment_labels"
where sentiment_label is null



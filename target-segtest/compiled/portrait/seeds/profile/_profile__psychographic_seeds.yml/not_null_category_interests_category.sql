
    
    



select category
from "warehouse"."main_reference"."category_interests"
where category is null



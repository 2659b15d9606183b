
    
    



select interest
from "warehouse"."main_reference"."category_interests"
where interest is null




    
    



select nps_category
from "warehouse"."main_reference"."nps_categories"
where nps_category is null



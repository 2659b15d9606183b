
    
    



select age_band
from "warehouse"."main_reference"."age_bands"
where age_band is null




    
    



select viewed_products_bought
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where viewed_products_bought is null



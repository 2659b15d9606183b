
    
    



select viewed_products
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where viewed_products is null



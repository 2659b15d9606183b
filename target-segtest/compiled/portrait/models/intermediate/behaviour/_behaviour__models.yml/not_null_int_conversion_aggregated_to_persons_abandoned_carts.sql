
    
    



select abandoned_carts
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where abandoned_carts is null



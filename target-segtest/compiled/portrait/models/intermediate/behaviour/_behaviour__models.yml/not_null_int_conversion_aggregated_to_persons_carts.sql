
    
    



select carts
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where carts is null



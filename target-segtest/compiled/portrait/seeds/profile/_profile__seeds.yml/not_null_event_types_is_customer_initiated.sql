
    
    



select is_customer_initiated
from "warehouse"."main_reference"."event_types"
where is_customer_initiated is null



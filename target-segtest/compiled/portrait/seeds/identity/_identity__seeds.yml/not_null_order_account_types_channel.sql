
    
    



select channel
from "warehouse"."main_reference"."order_account_types"
where channel is null



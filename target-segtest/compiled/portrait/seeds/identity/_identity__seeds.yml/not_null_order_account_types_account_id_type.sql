
    
    



select account_id_type
from "warehouse"."main_reference"."order_account_types"
where account_id_type is null



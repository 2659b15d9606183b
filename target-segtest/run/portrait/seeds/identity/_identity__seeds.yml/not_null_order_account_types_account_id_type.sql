
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select account_id_type
from "warehouse"."main_reference"."order_account_types"
where account_id_type is null



  
  
      
    ) dbt_internal_test
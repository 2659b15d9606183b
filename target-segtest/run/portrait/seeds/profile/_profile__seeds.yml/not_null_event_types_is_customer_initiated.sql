
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_customer_initiated
from "warehouse"."main_reference"."event_types"
where is_customer_initiated is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select event_type
from "warehouse"."main_reference"."affinity_signals"
where event_type is null



  
  
      
    ) dbt_internal_test
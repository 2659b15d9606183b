
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select signal
from "warehouse"."main_reference"."affinity_signals"
where signal is null



  
  
      
    ) dbt_internal_test
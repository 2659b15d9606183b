
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select weight
from "warehouse"."main_reference"."affinity_signals"
where weight is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select priority
from "warehouse"."main_reference"."identifier_types"
where priority is null



  
  
      
    ) dbt_internal_test
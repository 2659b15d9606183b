
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select can_be_recycled
from "warehouse"."main_reference"."identifier_types"
where can_be_recycled is null



  
  
      
    ) dbt_internal_test
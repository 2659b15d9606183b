
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_verified
from "warehouse"."main_reference"."survivorship_sources"
where is_verified is null



  
  
      
    ) dbt_internal_test
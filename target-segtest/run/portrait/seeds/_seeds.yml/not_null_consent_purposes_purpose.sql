
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select purpose
from "warehouse"."main_reference"."consent_purposes"
where purpose is null



  
  
      
    ) dbt_internal_test
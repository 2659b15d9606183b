
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_marketing
from "warehouse"."main_reference"."consent_purposes"
where is_marketing is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select interest
from "warehouse"."main_reference"."category_interests"
where interest is null



  
  
      
    ) dbt_internal_test
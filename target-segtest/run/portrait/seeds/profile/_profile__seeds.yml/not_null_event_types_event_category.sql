
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select event_category
from "warehouse"."main_reference"."event_types"
where event_category is null



  
  
      
    ) dbt_internal_test
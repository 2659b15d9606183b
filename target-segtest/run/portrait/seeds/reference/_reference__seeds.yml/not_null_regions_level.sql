
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select level
from "warehouse"."main_reference"."regions"
where level is null



  
  
      
    ) dbt_internal_test
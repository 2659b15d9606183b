
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select region_code
from "warehouse"."main_reference"."regions"
where region_code is null



  
  
      
    ) dbt_internal_test
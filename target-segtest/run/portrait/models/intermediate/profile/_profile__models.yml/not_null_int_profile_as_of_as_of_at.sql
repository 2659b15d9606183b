
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select as_of_at
from "warehouse"."main"."int_profile_as_of"
where as_of_at is null



  
  
      
    ) dbt_internal_test
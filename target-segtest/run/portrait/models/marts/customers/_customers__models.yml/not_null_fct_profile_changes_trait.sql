
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select trait
from "warehouse"."main"."fct_profile_changes"
where trait is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select changed_at
from "warehouse"."main"."fct_profile_changes"
where changed_at is null



  
  
      
    ) dbt_internal_test
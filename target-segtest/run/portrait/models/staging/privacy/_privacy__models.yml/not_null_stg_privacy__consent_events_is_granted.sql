
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_granted
from "warehouse"."main"."stg_privacy__consent_events"
where is_granted is null



  
  
      
    ) dbt_internal_test
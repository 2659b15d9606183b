
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select active_dates
from "warehouse"."main"."int_lifecycle_stages_assigned"
where active_dates is null



  
  
      
    ) dbt_internal_test
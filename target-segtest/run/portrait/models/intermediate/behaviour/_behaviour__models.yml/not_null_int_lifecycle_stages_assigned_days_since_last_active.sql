
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select days_since_last_active
from "warehouse"."main"."int_lifecycle_stages_assigned"
where days_since_last_active is null



  
  
      
    ) dbt_internal_test
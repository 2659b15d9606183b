
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select last_active_date
from "warehouse"."main"."int_lifecycle_stages_assigned"
where last_active_date is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select first_active_date
from "warehouse"."main"."int_lifecycle_stages_assigned"
where first_active_date is null



  
  
      
    ) dbt_internal_test
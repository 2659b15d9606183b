
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select lifecycle_stage
from "warehouse"."main"."int_lifecycle_stages_assigned"
where lifecycle_stage is null



  
  
      
    ) dbt_internal_test
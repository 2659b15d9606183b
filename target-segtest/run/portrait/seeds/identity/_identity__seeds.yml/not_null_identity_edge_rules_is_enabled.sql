
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_enabled
from "warehouse"."main_reference"."identity_edge_rules"
where is_enabled is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select description
from "warehouse"."main_reference"."identity_edge_rules"
where description is null



  
  
      
    ) dbt_internal_test
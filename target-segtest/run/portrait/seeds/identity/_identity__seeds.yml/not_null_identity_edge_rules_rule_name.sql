
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select rule_name
from "warehouse"."main_reference"."identity_edge_rules"
where rule_name is null



  
  
      
    ) dbt_internal_test
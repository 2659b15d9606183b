
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select rule
from "warehouse"."main_reference"."survivorship_rules"
where rule is null



  
  
      
    ) dbt_internal_test
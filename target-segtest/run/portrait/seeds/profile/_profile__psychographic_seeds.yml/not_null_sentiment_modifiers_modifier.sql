
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select modifier
from "warehouse"."main_reference"."sentiment_modifiers"
where modifier is null



  
  
      
    ) dbt_internal_test
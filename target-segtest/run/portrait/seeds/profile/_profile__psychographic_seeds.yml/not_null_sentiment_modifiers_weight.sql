
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select weight
from "warehouse"."main_reference"."sentiment_modifiers"
where weight is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select kind
from "warehouse"."main_reference"."sentiment_modifiers"
where kind is null



  
  
      
    ) dbt_internal_test
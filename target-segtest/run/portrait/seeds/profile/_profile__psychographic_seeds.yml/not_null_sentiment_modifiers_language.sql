
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select language
from "warehouse"."main_reference"."sentiment_modifiers"
where language is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    modifier, language,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."sentiment_modifiers"
group by modifier, language
having count(*) > 1


  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select polarity
from "warehouse"."main_reference"."sentiment_lexicon"
where polarity is null



  
  
      
    ) dbt_internal_test
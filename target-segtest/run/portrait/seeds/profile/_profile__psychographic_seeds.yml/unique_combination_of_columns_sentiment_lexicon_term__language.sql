
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    term, language,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."sentiment_lexicon"
group by term, language
having count(*) > 1


  
  
      
    ) dbt_internal_test
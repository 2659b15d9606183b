
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select alias_key
from "warehouse"."main_reference"."country_aliases"
where alias_key is null



  
  
      
    ) dbt_internal_test
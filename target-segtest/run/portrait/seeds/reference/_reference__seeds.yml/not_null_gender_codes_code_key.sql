
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select code_key
from "warehouse"."main_reference"."gender_codes"
where code_key is null



  
  
      
    ) dbt_internal_test
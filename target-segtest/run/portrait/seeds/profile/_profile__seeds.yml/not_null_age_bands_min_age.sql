
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select min_age
from "warehouse"."main_reference"."age_bands"
where min_age is null



  
  
      
    ) dbt_internal_test
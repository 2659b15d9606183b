
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select min_value
from "warehouse"."main_reference"."rfm_score_bands"
where min_value is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select min_score
from "warehouse"."main_reference"."nps_categories"
where min_score is null



  
  
      
    ) dbt_internal_test
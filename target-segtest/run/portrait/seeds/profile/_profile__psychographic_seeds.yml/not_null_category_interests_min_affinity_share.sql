
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select min_affinity_share
from "warehouse"."main_reference"."category_interests"
where min_affinity_share is null



  
  
      
    ) dbt_internal_test
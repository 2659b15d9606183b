
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select last_interaction_at
from "warehouse"."main"."int_category_affinities_scored"
where last_interaction_at is null



  
  
      
    ) dbt_internal_test
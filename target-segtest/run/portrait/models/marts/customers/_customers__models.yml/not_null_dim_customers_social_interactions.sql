
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select social_interactions
from "warehouse"."main"."dim_customers"
where social_interactions is null



  
  
      
    ) dbt_internal_test
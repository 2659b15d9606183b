
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select social_comments
from "warehouse"."main"."dim_customers"
where social_comments is null



  
  
      
    ) dbt_internal_test
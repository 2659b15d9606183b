
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select profile_as_of_at
from "warehouse"."main"."dim_customers"
where profile_as_of_at is null



  
  
      
    ) dbt_internal_test
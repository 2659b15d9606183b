
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select tickets_last_90d
from "warehouse"."main"."dim_customers"
where tickets_last_90d is null



  
  
      
    ) dbt_internal_test
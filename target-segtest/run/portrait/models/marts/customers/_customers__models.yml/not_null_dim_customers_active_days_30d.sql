
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select active_days_30d
from "warehouse"."main"."dim_customers"
where active_days_30d is null



  
  
      
    ) dbt_internal_test
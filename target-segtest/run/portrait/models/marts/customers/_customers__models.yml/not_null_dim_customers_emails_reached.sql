
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select emails_reached
from "warehouse"."main"."dim_customers"
where emails_reached is null



  
  
      
    ) dbt_internal_test
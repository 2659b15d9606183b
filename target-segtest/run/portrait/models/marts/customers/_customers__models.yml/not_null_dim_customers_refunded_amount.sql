
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select refunded_amount
from "warehouse"."main"."dim_customers"
where refunded_amount is null



  
  
      
    ) dbt_internal_test
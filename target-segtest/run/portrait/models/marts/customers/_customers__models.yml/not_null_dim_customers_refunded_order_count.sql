
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select refunded_order_count
from "warehouse"."main"."dim_customers"
where refunded_order_count is null



  
  
      
    ) dbt_internal_test
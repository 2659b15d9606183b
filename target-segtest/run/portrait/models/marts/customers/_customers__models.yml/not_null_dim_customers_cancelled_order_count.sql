
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select cancelled_order_count
from "warehouse"."main"."dim_customers"
where cancelled_order_count is null



  
  
      
    ) dbt_internal_test
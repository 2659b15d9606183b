
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select refunded_order_count
from "warehouse"."main"."int_orders_aggregated_to_persons"
where refunded_order_count is null



  
  
      
    ) dbt_internal_test
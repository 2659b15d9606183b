
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select first_order_placed_at
from "warehouse"."main"."int_orders_aggregated_to_persons"
where first_order_placed_at is null



  
  
      
    ) dbt_internal_test
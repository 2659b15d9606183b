
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select orders_placed
from "warehouse"."main"."int_orders_aggregated_to_persons"
where orders_placed is null



  
  
      
    ) dbt_internal_test
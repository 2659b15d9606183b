
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select refund_rate
from "warehouse"."main"."int_orders_aggregated_to_persons"
where refund_rate is null



  
  
      
    ) dbt_internal_test
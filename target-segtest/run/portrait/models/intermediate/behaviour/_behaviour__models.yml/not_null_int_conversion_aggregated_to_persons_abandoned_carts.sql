
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select abandoned_carts
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where abandoned_carts is null



  
  
      
    ) dbt_internal_test
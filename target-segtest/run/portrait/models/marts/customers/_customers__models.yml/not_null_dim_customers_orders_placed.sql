
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select orders_placed
from "warehouse"."main"."dim_customers"
where orders_placed is null



  
  
      
    ) dbt_internal_test
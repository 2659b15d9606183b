
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select total_net_amount
from "warehouse"."main"."dim_customers"
where total_net_amount is null



  
  
      
    ) dbt_internal_test
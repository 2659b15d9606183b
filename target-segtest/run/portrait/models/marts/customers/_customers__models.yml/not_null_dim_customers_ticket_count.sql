
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select ticket_count
from "warehouse"."main"."dim_customers"
where ticket_count is null



  
  
      
    ) dbt_internal_test
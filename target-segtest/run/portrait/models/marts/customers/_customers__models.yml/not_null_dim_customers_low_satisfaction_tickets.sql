
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select low_satisfaction_tickets
from "warehouse"."main"."dim_customers"
where low_satisfaction_tickets is null



  
  
      
    ) dbt_internal_test
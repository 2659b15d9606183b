
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select satisfaction_responses
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where satisfaction_responses is null



  
  
      
    ) dbt_internal_test
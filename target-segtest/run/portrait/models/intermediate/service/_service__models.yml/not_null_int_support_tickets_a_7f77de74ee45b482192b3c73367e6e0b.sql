
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select last_ticket_at
from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
where last_ticket_at is null



  
  
      
    ) dbt_internal_test
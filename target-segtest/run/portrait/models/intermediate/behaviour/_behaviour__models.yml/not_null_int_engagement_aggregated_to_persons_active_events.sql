
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select active_events
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where active_events is null



  
  
      
    ) dbt_internal_test
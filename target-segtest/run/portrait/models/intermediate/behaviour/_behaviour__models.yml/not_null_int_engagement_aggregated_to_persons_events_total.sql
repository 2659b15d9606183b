
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select events_total
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where events_total is null



  
  
      
    ) dbt_internal_test
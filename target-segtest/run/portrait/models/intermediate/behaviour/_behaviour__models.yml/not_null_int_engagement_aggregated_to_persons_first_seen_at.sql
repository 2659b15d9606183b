
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select first_seen_at
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where first_seen_at is null



  
  
      
    ) dbt_internal_test
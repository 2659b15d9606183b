
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select consent_event_id
from "warehouse"."main"."stg_privacy__consent_events"
where consent_event_id is null



  
  
      
    ) dbt_internal_test
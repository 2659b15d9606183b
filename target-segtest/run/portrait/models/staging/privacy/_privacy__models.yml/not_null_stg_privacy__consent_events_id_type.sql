
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select id_type
from "warehouse"."main"."stg_privacy__consent_events"
where id_type is null



  
  
      
    ) dbt_internal_test
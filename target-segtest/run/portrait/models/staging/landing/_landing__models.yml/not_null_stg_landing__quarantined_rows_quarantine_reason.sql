
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select quarantine_reason
from "warehouse"."main"."stg_landing__quarantined_rows"
where quarantine_reason is null



  
  
      
    ) dbt_internal_test
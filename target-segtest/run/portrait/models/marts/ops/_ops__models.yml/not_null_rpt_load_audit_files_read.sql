
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select files_read
from "warehouse"."main"."rpt_load_audit"
where files_read is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select quarantined_rows
from "warehouse"."main"."rpt_load_audit"
where quarantined_rows is null



  
  
      
    ) dbt_internal_test
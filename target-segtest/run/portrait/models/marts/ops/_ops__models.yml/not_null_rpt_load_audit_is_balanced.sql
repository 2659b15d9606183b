
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_balanced
from "warehouse"."main"."rpt_load_audit"
where is_balanced is null



  
  
      
    ) dbt_internal_test
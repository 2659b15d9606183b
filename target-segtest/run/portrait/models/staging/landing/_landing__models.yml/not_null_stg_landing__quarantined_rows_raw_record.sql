
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select raw_record
from "warehouse"."main"."stg_landing__quarantined_rows"
where raw_record is null



  
  
      
    ) dbt_internal_test
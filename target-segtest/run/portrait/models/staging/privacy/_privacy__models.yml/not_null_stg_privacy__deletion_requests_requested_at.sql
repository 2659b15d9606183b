
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select requested_at
from "warehouse"."main"."stg_privacy__deletion_requests"
where requested_at is null



  
  
      
    ) dbt_internal_test
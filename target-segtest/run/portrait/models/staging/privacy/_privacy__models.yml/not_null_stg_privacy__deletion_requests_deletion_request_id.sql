
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select deletion_request_id
from "warehouse"."main"."stg_privacy__deletion_requests"
where deletion_request_id is null



  
  
      
    ) dbt_internal_test
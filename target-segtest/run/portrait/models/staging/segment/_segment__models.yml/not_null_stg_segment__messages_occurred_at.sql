
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select occurred_at
from "warehouse"."main"."stg_segment__messages"
where occurred_at is null



  
  
      
    ) dbt_internal_test
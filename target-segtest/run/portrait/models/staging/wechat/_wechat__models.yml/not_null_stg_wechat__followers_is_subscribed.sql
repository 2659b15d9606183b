
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_subscribed
from "warehouse"."main"."stg_wechat__followers"
where is_subscribed is null



  
  
      
    ) dbt_internal_test
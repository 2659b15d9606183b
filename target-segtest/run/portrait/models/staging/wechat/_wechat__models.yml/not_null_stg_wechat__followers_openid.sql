
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select openid
from "warehouse"."main"."stg_wechat__followers"
where openid is null



  
  
      
    ) dbt_internal_test
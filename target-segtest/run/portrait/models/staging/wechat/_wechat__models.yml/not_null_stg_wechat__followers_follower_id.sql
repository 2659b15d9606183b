
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select follower_id
from "warehouse"."main"."stg_wechat__followers"
where follower_id is null



  
  
      
    ) dbt_internal_test
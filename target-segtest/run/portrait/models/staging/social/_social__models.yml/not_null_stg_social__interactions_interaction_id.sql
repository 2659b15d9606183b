
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select interaction_id
from "warehouse"."main"."stg_social__interactions"
where interaction_id is null



  
  
      
    ) dbt_internal_test
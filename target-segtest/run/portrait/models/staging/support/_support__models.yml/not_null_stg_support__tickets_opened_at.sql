
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select opened_at
from "warehouse"."main"."stg_support__tickets"
where opened_at is null



  
  
      
    ) dbt_internal_test
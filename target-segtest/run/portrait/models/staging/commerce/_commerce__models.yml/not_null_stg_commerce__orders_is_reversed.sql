
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_reversed
from "warehouse"."main"."stg_commerce__orders"
where is_reversed is null



  
  
      
    ) dbt_internal_test
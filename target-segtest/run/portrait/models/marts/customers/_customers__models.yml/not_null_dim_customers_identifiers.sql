
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select identifiers
from "warehouse"."main"."dim_customers"
where identifiers is null



  
  
      
    ) dbt_internal_test
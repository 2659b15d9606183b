
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select churn_method
from "warehouse"."main"."int_person_predictions"
where churn_method is null



  
  
      
    ) dbt_internal_test
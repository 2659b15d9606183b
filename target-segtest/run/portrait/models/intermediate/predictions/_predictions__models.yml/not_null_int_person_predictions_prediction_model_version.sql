
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select prediction_model_version
from "warehouse"."main"."int_person_predictions"
where prediction_model_version is null



  
  
      
    ) dbt_internal_test
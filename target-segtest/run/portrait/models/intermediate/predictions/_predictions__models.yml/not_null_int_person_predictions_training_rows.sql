
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select training_rows
from "warehouse"."main"."int_person_predictions"
where training_rows is null



  
  
      
    ) dbt_internal_test
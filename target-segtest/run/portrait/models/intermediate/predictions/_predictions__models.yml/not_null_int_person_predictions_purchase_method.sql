
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select purchase_method
from "warehouse"."main"."int_person_predictions"
where purchase_method is null



  
  
      
    ) dbt_internal_test
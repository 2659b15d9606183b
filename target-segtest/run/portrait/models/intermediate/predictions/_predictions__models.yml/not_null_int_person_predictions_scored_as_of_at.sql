
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select scored_as_of_at
from "warehouse"."main"."int_person_predictions"
where scored_as_of_at is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select cutoff_at
from "warehouse"."main"."int_person_features_at_cutoffs"
where cutoff_at is null



  
  
      
    ) dbt_internal_test
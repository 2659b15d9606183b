
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    person_id, cutoff_name,
    count(*) as duplicate_rows
from "warehouse"."main"."int_person_features_at_cutoffs"
group by person_id, cutoff_name
having count(*) > 1


  
  
      
    ) dbt_internal_test
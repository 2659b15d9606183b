
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    person_id, trait, changed_at,
    count(*) as duplicate_rows
from "warehouse"."main"."fct_profile_changes"
group by person_id, trait, changed_at
having count(*) > 1


  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    person_id, affinity_rank,
    count(*) as duplicate_rows
from "warehouse"."main"."int_category_affinities_scored"
group by person_id, affinity_rank
having count(*) > 1


  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select affinity_rank
from "warehouse"."main"."int_category_affinities_scored"
where affinity_rank is null



  
  
      
    ) dbt_internal_test
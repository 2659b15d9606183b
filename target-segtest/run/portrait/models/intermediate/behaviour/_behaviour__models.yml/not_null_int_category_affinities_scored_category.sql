
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select category
from "warehouse"."main"."int_category_affinities_scored"
where category is null



  
  
      
    ) dbt_internal_test
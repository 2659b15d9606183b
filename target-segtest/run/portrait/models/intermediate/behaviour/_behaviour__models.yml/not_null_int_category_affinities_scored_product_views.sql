
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select product_views
from "warehouse"."main"."int_category_affinities_scored"
where product_views is null



  
  
      
    ) dbt_internal_test
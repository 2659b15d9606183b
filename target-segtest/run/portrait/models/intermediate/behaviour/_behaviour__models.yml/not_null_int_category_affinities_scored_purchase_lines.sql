
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select purchase_lines
from "warehouse"."main"."int_category_affinities_scored"
where purchase_lines is null



  
  
      
    ) dbt_internal_test
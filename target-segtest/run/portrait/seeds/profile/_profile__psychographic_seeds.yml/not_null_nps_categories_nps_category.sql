
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select nps_category
from "warehouse"."main_reference"."nps_categories"
where nps_category is null



  
  
      
    ) dbt_internal_test
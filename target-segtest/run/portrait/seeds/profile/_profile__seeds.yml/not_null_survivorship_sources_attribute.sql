
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select attribute
from "warehouse"."main_reference"."survivorship_sources"
where attribute is null



  
  
      
    ) dbt_internal_test
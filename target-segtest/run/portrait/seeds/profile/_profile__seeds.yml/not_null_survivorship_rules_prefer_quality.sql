
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select prefer_quality
from "warehouse"."main_reference"."survivorship_rules"
where prefer_quality is null



  
  
      
    ) dbt_internal_test
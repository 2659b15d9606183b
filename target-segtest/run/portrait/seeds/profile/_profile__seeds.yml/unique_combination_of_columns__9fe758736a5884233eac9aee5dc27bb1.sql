
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    attribute, source,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."survivorship_sources"
group by attribute, source
having count(*) > 1


  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select min_records
from "warehouse"."main_reference"."survivorship_rules"
where min_records is null



  
  
      
    ) dbt_internal_test
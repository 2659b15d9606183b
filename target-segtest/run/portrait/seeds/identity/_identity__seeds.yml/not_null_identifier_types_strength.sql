
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select strength
from "warehouse"."main_reference"."identifier_types"
where strength is null



  
  
      
    ) dbt_internal_test
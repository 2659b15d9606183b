
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select age_band
from "warehouse"."main_reference"."age_bands"
where age_band is null



  
  
      
    ) dbt_internal_test
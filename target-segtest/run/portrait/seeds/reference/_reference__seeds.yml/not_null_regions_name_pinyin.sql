
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select name_pinyin
from "warehouse"."main_reference"."regions"
where name_pinyin is null



  
  
      
    ) dbt_internal_test
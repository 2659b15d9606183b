
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    id_type, match_type, pattern,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."identifier_blocklist"
group by id_type, match_type, pattern
having count(*) > 1


  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    metric, score,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."rfm_score_bands"
group by metric, score
having count(*) > 1


  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select social_comments
from "warehouse"."main"."int_psychographics_aggregated_to_persons"
where social_comments is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select survey_responses
from "warehouse"."main"."int_psychographics_aggregated_to_persons"
where survey_responses is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select emails_opened
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_opened is null



  
  
      
    ) dbt_internal_test
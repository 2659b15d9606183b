
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select emails_clicked
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_clicked is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select viewed_products_bought
from "warehouse"."main"."int_conversion_aggregated_to_persons"
where viewed_products_bought is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select source_records
from "warehouse"."main"."dim_customers"
where source_records is null



  
  
      
    ) dbt_internal_test
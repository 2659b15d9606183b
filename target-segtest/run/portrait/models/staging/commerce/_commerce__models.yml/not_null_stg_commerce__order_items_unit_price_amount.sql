
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select unit_price_amount
from "warehouse"."main"."stg_commerce__order_items"
where unit_price_amount is null



  
  
      
    ) dbt_internal_test
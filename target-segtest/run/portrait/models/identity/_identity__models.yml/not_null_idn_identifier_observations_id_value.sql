
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select id_value
from "warehouse"."main"."idn_identifier_observations"
where id_value is null



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    source_name, source_record_id, id_type, id_value,
    count(*) as duplicate_rows
from "warehouse"."main"."idn_identifier_observations"
group by source_name, source_record_id, id_type, id_value
having count(*) > 1


  
  
      
    ) dbt_internal_test
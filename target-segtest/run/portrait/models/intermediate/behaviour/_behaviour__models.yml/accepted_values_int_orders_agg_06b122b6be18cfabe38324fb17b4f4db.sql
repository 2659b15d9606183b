
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        f_score as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_orders_aggregated_to_persons"
    group by f_score

)

select *
from all_values
where value_field not in (
    1,2,3,4,5
)



  
  
      
    ) dbt_internal_test
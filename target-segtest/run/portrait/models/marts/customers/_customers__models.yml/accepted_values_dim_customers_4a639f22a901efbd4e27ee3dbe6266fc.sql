
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        lifecycle_stage as value_field,
        count(*) as n_records

    from "warehouse"."main"."dim_customers"
    group by lifecycle_stage

)

select *
from all_values
where value_field not in (
    'new','active','at_risk','churned','reactivated'
)



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        nps_category as value_field,
        count(*) as n_records

    from "warehouse"."main"."dim_customers"
    group by nps_category

)

select *
from all_values
where value_field not in (
    'promoter','passive','detractor'
)



  
  
      
    ) dbt_internal_test
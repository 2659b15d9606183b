
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        primary_digital_platform as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_engagement_aggregated_to_persons"
    group by primary_digital_platform

)

select *
from all_values
where value_field not in (
    'web','app','miniprogram'
)



  
  
      
    ) dbt_internal_test
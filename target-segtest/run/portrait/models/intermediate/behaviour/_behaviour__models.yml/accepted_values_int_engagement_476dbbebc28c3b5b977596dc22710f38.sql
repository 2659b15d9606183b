
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        peak_activity_weekday as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_engagement_aggregated_to_persons"
    group by peak_activity_weekday

)

select *
from all_values
where value_field not in (
    1,2,3,4,5,6,7
)



  
  
      
    ) dbt_internal_test
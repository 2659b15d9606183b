
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        churn_method as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_person_predictions"
    group by churn_method

)

select *
from all_values
where value_field not in (
    'hist_gradient_boosting','base_rate','none'
)



  
  
      
    ) dbt_internal_test
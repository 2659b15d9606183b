
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        metric as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."rfm_score_bands"
    group by metric

)

select *
from all_values
where value_field not in (
    'recency_days','frequency','monetary'
)



  
  
      
    ) dbt_internal_test
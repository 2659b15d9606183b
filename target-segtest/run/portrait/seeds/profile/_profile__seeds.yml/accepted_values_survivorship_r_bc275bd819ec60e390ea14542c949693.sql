
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        rule as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."survivorship_rules"
    group by rule

)

select *
from all_values
where value_field not in (
    'most_recent','most_frequent','source_priority','earliest'
)



  
  
      
    ) dbt_internal_test
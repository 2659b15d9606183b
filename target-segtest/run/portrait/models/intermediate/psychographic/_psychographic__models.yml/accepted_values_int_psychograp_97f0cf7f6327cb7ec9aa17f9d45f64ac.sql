
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        interests_source as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_psychographics_aggregated_to_persons"
    group by interests_source

)

select *
from all_values
where value_field not in (
    'survey','behaviour'
)



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        interaction_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_social__interactions"
    group by interaction_type

)

select *
from all_values
where value_field not in (
    'like','comment','share'
)



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        message_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_segment__messages"
    group by message_type

)

select *
from all_values
where value_field not in (
    'identify','track','page','screen','alias'
)



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        id_type as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_privacy__consent_events"
    group by id_type

)

select *
from all_values
where value_field not in (
    'email','phone','unionid','user_id'
)



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        channel as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_commerce__orders"
    group by channel

)

select *
from all_values
where value_field not in (
    'web','app','tmall','jd','offline'
)



  
  
      
    ) dbt_internal_test

    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        cutoff_name as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_person_features_at_cutoffs"
    group by cutoff_name

)

select *
from all_values
where value_field not in (
    'training','scoring'
)



  
  
      
    ) dbt_internal_test
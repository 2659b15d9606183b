
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        language as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."sentiment_lexicon"
    group by language

)

select *
from all_values
where value_field not in (
    'zh','en'
)



  
  
      
    ) dbt_internal_test
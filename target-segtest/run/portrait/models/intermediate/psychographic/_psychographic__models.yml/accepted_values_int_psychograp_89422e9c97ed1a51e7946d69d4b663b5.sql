
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        social_sentiment_label as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_psychographics_aggregated_to_persons"
    group by social_sentiment_label

)

select *
from all_values
where value_field not in (
    'negative','neutral','positive'
)



  
  
      
    ) dbt_internal_test
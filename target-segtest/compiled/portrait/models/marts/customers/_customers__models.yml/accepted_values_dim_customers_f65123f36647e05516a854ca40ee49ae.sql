
    
    

with all_values as (

    select
        social_sentiment_label as value_field,
        count(*) as n_records

    from "warehouse"."main"."dim_customers"
    group by social_sentiment_label

)

select *
from all_values
where value_field not in (
    'positive','neutral','negative'
)



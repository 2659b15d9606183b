
    
    

with all_values as (

    select
        metric as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."rfm_score_bands"
    group by metric

)

select *
from all_values
where value_field not in (
    'recency_days','frequency','monetary'
)




    
    

with all_values as (

    select
        gender as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."gender_codes"
    group by gender

)

select *
from all_values
where value_field not in (
    'male','female'
)



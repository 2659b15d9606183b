
    
    

with all_values as (

    select
        strength as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."identifier_types"
    group by strength

)

select *
from all_values
where value_field not in (
    'strong','weak'
)



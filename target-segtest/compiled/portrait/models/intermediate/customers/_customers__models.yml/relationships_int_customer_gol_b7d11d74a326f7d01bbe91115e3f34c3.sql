
    
    

with child as (
    select age_band as from_field
    from "warehouse"."main"."int_customer_golden_records"
    where age_band is not null
),

parent as (
    select age_band as to_field
    from "warehouse"."main_reference"."age_bands"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



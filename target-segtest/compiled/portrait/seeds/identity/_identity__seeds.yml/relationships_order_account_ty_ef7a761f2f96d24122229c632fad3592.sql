
    
    

with child as (
    select account_id_type as from_field
    from "warehouse"."main_reference"."order_account_types"
    where account_id_type is not null
),

parent as (
    select id_type as to_field
    from "warehouse"."main_reference"."identifier_types"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



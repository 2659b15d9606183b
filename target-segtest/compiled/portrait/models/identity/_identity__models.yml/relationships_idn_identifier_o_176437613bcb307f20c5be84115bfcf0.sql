
    
    

with child as (
    select edge_rule as from_field
    from "warehouse"."main"."idn_identifier_observations"
    where edge_rule is not null
),

parent as (
    select rule_name as to_field
    from "warehouse"."main_reference"."identity_edge_rules"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



{#- One row per component and identifier type where the component holds more distinct values
    of that type than one person may have (identifier_types.max_per_person), e.g. two national
    ids. These components are re-resolved under the limits by idn_limit_resolution. -#}
with

components as (
    select * from {{ ref('idn_graph_components') }}
),

nodes as (
    select * from {{ ref('idn_identifier_nodes') }}
),

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

values_per_component as (
    select
        components.component_id,
        nodes.id_type,
        count(distinct nodes.id_value) as distinct_values
    from components
    inner join nodes
        on components.node_id = nodes.node_id
    group by 1, 2
),

final as (
    select
        values_per_component.component_id,
        values_per_component.id_type,
        values_per_component.distinct_values,
        identifier_types.max_per_person
    from values_per_component
    inner join identifier_types
        on values_per_component.id_type = identifier_types.id_type
    where values_per_component.distinct_values > identifier_types.max_per_person
)

select * from final

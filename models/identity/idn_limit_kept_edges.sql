{{ config(materialized='view') }}

{#- One row per edge inside a component that broke a per-person limit, and that the limit
    resolution kept. The components are re-computed over these edges. -#}
with

edges as (
    select * from {{ ref('idn_identifier_edges') }}
),

components as (
    select * from {{ ref('idn_graph_components') }}
),

violations as (
    select distinct component_id from {{ ref('idn_limit_violations') }}
),

dropped as (
    select * from {{ ref('idn_limit_resolution') }}
),

final as (
    select
        edges.node_id_a,
        edges.node_id_b
    from edges
    inner join components
        on edges.node_id_a = components.node_id
    inner join violations
        on components.component_id = violations.component_id
    left join dropped
        on edges.node_id_a = dropped.node_id_a
        and edges.node_id_b = dropped.node_id_b
    where dropped.node_id_a is null
)

select * from final

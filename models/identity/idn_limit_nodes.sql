{{ config(materialized='view') }}

{#- One row per node of a component that broke a per-person limit. -#}
with

components as (
    select * from {{ ref('idn_graph_components') }}
),

violations as (
    select distinct component_id from {{ ref('idn_limit_violations') }}
),

final as (
    select components.node_id
    from components
    inner join violations
        on components.component_id = violations.component_id
)

select * from final

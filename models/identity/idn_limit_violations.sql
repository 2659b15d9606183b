{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ limit_violations_scope(ref('idn_graph_components')) }}",
    post_hook="{{ record_build_of_this() }}",
) }}

{#- One row per component and identifier type where the component holds more distinct values
    of that type than one person may have (identifier_types.max_per_person), e.g. two national
    ids. These components are re-resolved under the limits by idn_limit_resolution.

    Incremental (by component): idn_graph_components writes again every node of a component a
    batch touched, and a component's id is its smallest node_id. So the pre-hook
    (limit_violations_scope) lists in idn_limit_violations__scope the components of the nodes
    written since this model's last build (recorded in idn_limit_violations__built), deletes
    the rows of the components whose id is a node written since or a node that no longer
    exists, and this select counts the components in scope. An edit of identifier_types needs
    a full build, as for every identity model. -#}
with

components as (
    select * from {{ ref('idn_graph_components') }}
    {%- if incremental_with(['built']) %}
    where component_id in (
        select scope.component_id from {{ this.schema }}.{{ this.identifier }}__scope as scope
    )
    {%- endif %}
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

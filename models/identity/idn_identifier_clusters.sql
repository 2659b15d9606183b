-- depends_on: {{ ref('idn_identifier_nodes') }}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='node_id',
    on_schema_change='fail',
    pre_hook=[
        "{% if is_incremental() %}{{ ensure_build_marker() }}{% endif %}",
        "{{ changed_rows_scope(
            upstream=ref('idn_graph_components'),
            scope=this.schema ~ '.idn_identifier_clusters__scope',
            always=ref('idn_limit_nodes'),
        ) }}",
        "{{ connected_components(
            edges=scoped_edges(ref('idn_limit_kept_edges'), this.schema ~ '.idn_identifier_clusters__scope'),
            nodes='(select limit_nodes.node_id from ' ~ ref('idn_limit_nodes') ~ ' as limit_nodes inner join '
                ~ this.schema ~ '.idn_identifier_clusters__scope as scope on limit_nodes.node_id = scope.node_id)',
            output=this.schema ~ '.idn_identifier_clusters__relabelled',
        ) }}",
    ],
    post_hook=[
        "{{ delete_vanished_nodes(ref('idn_identifier_nodes')) }}",
        "{{ record_build_of_this() }}",
        "drop table if exists {{ this.schema }}.idn_identifier_clusters__relabelled",
    ],
) }}

{#- One row per graph node with its final cluster: the connected component over the accepted
    edges, where components that broke a per-person limit are re-computed without the links the
    limit resolution dropped. cluster_id is the smallest node_id in the cluster.

    Incremental: only the nodes whose component idn_graph_components labelled again in this build
    are clustered again (a component is re-labelled whole), and every node of a component that
    breaks a limit: the limit resolution weighs links by how recently and how often records made
    them, which a batch can change without changing the component. -#}
with

components as (
    select components.*
    from {{ ref('idn_graph_components') }} as components
    inner join {{ this.schema }}.idn_identifier_clusters__scope as scope
        on components.node_id = scope.node_id
),

relabelled as (
    select * from {{ this.schema }}.idn_identifier_clusters__relabelled
),

final as (
    select
        components.node_id,
        coalesce(relabelled.component_id, components.component_id) as cluster_id,
        relabelled.node_id is not null as was_limit_resolved,
        {{ build_started_at() }} as loaded_at
    from components
    left join relabelled
        on components.node_id = relabelled.node_id
)

select * from final

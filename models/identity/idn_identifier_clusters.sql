{{ config(
    pre_hook="{{ connected_components(
        edges=ref('idn_limit_kept_edges'),
        nodes=ref('idn_limit_nodes'),
        output=this.schema ~ '.idn_identifier_clusters__relabelled',
    ) }}",
    post_hook="drop table if exists {{ this.schema }}.idn_identifier_clusters__relabelled",
) }}

{#- One row per graph node with its final cluster: the connected component over the accepted
    edges, where components that broke a per-person limit are re-computed without the links the
    limit resolution dropped. cluster_id is the smallest node_id in the cluster. -#}
with

components as (
    select * from {{ ref('idn_graph_components') }}
),

relabelled as (
    select * from {{ this.schema }}.idn_identifier_clusters__relabelled
),

final as (
    select
        components.node_id,
        coalesce(relabelled.component_id, components.component_id) as cluster_id,
        relabelled.node_id is not null as was_limit_resolved
    from components
    left join relabelled
        on components.node_id = relabelled.node_id
)

select * from final

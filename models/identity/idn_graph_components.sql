{{ config(
    pre_hook="{{ connected_components(
        edges=ref('idn_identifier_edges'),
        nodes=ref('idn_identifier_nodes'),
        output=this.schema ~ '.idn_graph_components__labels',
    ) }}",
    post_hook="drop table if exists {{ this.schema }}.idn_graph_components__labels",
) }}

{#- One row per graph node with its connected component over all accepted edges, before the
    per-person limits are enforced. The labels are computed by the connected_components macro in
    the pre-hook (see its header for the algorithm and the convergence check); the number of
    rounds it took is in idn_graph_components__labels__rounds. -#}
with

labels as (
    select * from {{ this.schema }}.idn_graph_components__labels
),

final as (
    select
        node_id,
        component_id
    from labels
)

select * from final

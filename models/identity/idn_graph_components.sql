{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='node_id',
    on_schema_change='fail',
    pre_hook=[
        "{{ identity_graph_scope(
            edges=ref('idn_identifier_edges'),
            nodes=ref('idn_identifier_nodes'),
            scope=this.schema ~ '.idn_graph_components__scope',
        ) }}",
        "{{ connected_components(
            edges=scoped_edges(ref('idn_identifier_edges'), this.schema ~ '.idn_graph_components__scope'),
            nodes=this.schema ~ '.idn_graph_components__scope',
            output=this.schema ~ '.idn_graph_components__labels',
        ) }}",
    ],
    post_hook=[
        "{{ identity_graph_scope_finish(
            edges=ref('idn_identifier_edges'),
            nodes=ref('idn_identifier_nodes'),
            scope=this.schema ~ '.idn_graph_components__scope',
        ) }}",
        "drop table if exists {{ this.schema }}.idn_graph_components__labels",
    ],
) }}

{#- One row per graph node with its connected component over all accepted edges, before the
    per-person limits are enforced. The labels are computed by the connected_components macro in
    the pre-hook (see its header for the algorithm and the convergence check); the number of
    rounds it took is in idn_graph_components__labels__rounds.

    Incremental: only the components a batch touched are labelled again. The pre-hook
    (identity_graph_scope) reads the edges and nodes written or logged as retracted since the
    last build (idn_graph_components__built) and writes the scope: every node of a component that
    gained or lost an edge or a node, and every new node. The
    components are computed over the edges among those nodes alone, which gives exactly the
    labels a full build would (see the macro for why), and replace the rows of those nodes. -#}
with

labels as (
    select * from {{ this.schema }}.idn_graph_components__labels
),

final as (
    select
        node_id,
        component_id,
        {{ build_started_at() }} as loaded_at
    from labels
)

select * from final

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ identifier_nodes_scope(ref('idn_observation_nodes')) }}",
    post_hook="{{ retraction_log(['node_key', 'node_id']) }}",
) }}

{#- One row per node of the identity graph: an identifier (or one owner epoch of a recycled one).
    node_id is the 64-bit hash of node_key: the same in every build (the incremental graph keeps
    the labels of untouched components by it), and pseudo-random, which keeps the number of
    connected-components rounds logarithmic in practice. A hash collision would merge two nodes'
    ids; the unique test on node_id catches it.

    Incremental (by node): the pre-hook lists in idn_identifier_nodes__scope the node keys that
    idn_observation_nodes placed or retracted since the last build, deletes their rows (logging
    them in idn_identifier_nodes__retracted), and this select summarizes them again from all
    their observations; a node left with none is gone. -#}
with

observation_nodes as (
    select * from {{ ref('idn_observation_nodes') }}
    {%- if is_incremental() %}
    where node_key in (
        select scope.node_key from {{ this.schema }}.{{ this.identifier }}__scope as scope
    )
    {%- endif %}
),

nodes as (
    select
        node_key,
        min(id_type) as id_type,
        min(id_value) as id_value,
        min(epoch) as epoch,
        min(id_type_priority) as id_type_priority,
        min(observed_at) as first_seen_at,
        max(observed_at) as last_seen_at,
        count(*) as observations
    from observation_nodes
    group by 1
),

final as (
    select
        {{ stable_node_id('node_key') }} as node_id,
        *,
        {{ build_started_at() }} as loaded_at
    from nodes
)

select * from final

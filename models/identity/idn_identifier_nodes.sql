{{ config(
    meta={'cluster_by': ['node_key']},
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ identifier_nodes_scope(ref('idn_observation_nodes')) }}",
    post_hook=[
        "{{ retraction_log(['node_key', 'node_id']) }}",
        "{{ record_build_of_this() }}",
    ],
) }}

{#- One row per node of the identity graph: an identifier (or one owner epoch of a recycled one).
    node_id is the 64-bit hash of node_key: the same in every build (the incremental graph keeps
    the labels of untouched components by it), and pseudo-random, which keeps the number of
    connected-components rounds logarithmic in practice. A hash collision would merge two nodes'
    ids; the unique test on node_id catches it.

    Incremental (by node): the pre-hook (identifier_nodes_scope) deletes the rows of the node keys
    that idn_observation_nodes wrote or retracted since the last build (logging them in
    idn_identifier_nodes__retracted), and this select writes them again. A node that lost an
    observation (idn_identifier_nodes__recount) is summarized again from all its observations; a
    node left with none is gone. A node that only gained observations adds the new ones, read
    by their loaded_at (every older row of idn_observation_nodes is skipped unread), to its old
    row (idn_identifier_nodes__previous): a micro-batch does not search the observations of the
    nodes it touches. -#}
{%- set incremental = is_incremental() %}
{%- set prefix = this.schema ~ '.' ~ this.identifier %}
with

observation_nodes as (
    select * from {{ ref('idn_observation_nodes') }}
    {%- if incremental %}
    where node_key in (select recount.node_key from {{ prefix }}__recount as recount)
    -- the nodes that only gained observations: the new ones alone, read by their loaded_at
    union all
    select * from {{ ref('idn_observation_nodes') }}
    where loaded_at > {{ last_recorded_build() }}
        and node_key in (select scope.node_key from {{ prefix }}__scope as scope)
        and node_key not in (select recount.node_key from {{ prefix }}__recount as recount)
    {%- endif %}
),

summaries as (
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

{%- if incremental %}

previous_nodes as (
    select * from {{ prefix }}__previous
),

-- a node that only gained observations: its old row and the summary of the new ones, merged
nodes as (
    select
        node_key,
        min(id_type) as id_type,
        min(id_value) as id_value,
        min(epoch) as epoch,
        min(id_type_priority) as id_type_priority,
        min(first_seen_at) as first_seen_at,
        max(last_seen_at) as last_seen_at,
        cast(sum(observations) as bigint) as observations
    from (
        select * from summaries
        union all
        select
            node_key,
            id_type,
            id_value,
            epoch,
            id_type_priority,
            first_seen_at,
            last_seen_at,
            observations
        from previous_nodes
    ) as merged
    group by 1
),
{%- else %}

nodes as (
    select * from summaries
),
{%- endif %}

final as (
    select
        {{ stable_node_id('node_key') }} as node_id,
        *,
        {{ build_started_at() }} as loaded_at
    from nodes
)

select * from final
{{ clustered_by(not is_incremental()) }}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ record_edges_scope(ref('idn_observation_nodes')) }}",
    post_hook=[
        "{{ retraction_log(['node_id_a', 'node_id_b']) }}",
        "{{ record_build_of_this() }}",
    ],
) }}

{#- One row per deterministic link a record makes: each record links its identifiers to its hub,
    the identifier of the most trusted type (identifier_types.priority), under the record's edge
    rule. idn_identifier_edges sums these per pair of nodes.

    Incremental (by record): the pre-hook lists in idn_record_edges__scope the records that
    idn_observation_nodes placed or retracted since the last build, deletes their links (logging
    the node pairs in idn_record_edges__retracted) and this select links them again. -#}
with

observation_nodes as (
    select * from {{ ref('idn_observation_nodes') }}
    where edge_rule is not null
    {%- if is_incremental() %}
        -- a record's rows are written together, so every row of a record in scope is newer than
        -- this model's last build: the older row groups are skipped unread
        and loaded_at > {{ last_build_of_this() }}
        and (source_name, source_record_id) in (
            select scope.source_name, scope.source_record_id
            from {{ this.schema }}.{{ this.identifier }}__scope as scope
        )
    {%- endif %}
),

record_hubs as (
    select
        source_name,
        source_record_id,
        arg_min(node_key, (id_type_priority, node_key)) as hub_node_key
    from observation_nodes
    group by 1, 2
),

record_links as (
    select
        observation_nodes.source_name,
        observation_nodes.source_record_id,
        record_hubs.hub_node_key,
        observation_nodes.node_key,
        observation_nodes.edge_rule,
        observation_nodes.observed_at
    from observation_nodes
    inner join record_hubs
        on observation_nodes.source_name = record_hubs.source_name
        and observation_nodes.source_record_id = record_hubs.source_record_id
    where observation_nodes.node_key != record_hubs.hub_node_key
),

final as (
    select
        source_name,
        source_record_id,
        least({{ stable_node_id('hub_node_key') }}, {{ stable_node_id('node_key') }})
            as node_id_a,
        greatest({{ stable_node_id('hub_node_key') }}, {{ stable_node_id('node_key') }})
            as node_id_b,
        edge_rule,
        observed_at,
        {{ build_started_at() }} as loaded_at
    from record_links
)

select * from final

{#- One row per node of the identity graph: an identifier (or one owner epoch of a recycled one).
    node_id is a dense integer in a pseudo-random order (by hash), which keeps the joins of the
    connected-components rounds cheap and makes the number of rounds logarithmic in practice. -#}
with

observation_nodes as (
    select * from {{ ref('idn_observation_nodes') }}
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
        row_number() over (order by hash(node_key), node_key) as node_id,
        *
    from nodes
)

select * from final

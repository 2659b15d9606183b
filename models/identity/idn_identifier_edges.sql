{#- One row per accepted edge of the identity graph (node_id_a < node_id_b), with the most trusted
    rule that produced it and how many records support it. Deterministic edges come from
    identifiers that co-occur on one record: each record links its identifiers to its hub, the
    identifier of the most trusted type (identifier_types.priority), under the record's edge rule.
    Probabilistic edges come from Splink contact matches above the threshold. Rules switched off in
    identity_edge_rules produce no edge (idn_dropped_links keeps them). -#}
with

observation_nodes as (
    select * from {{ ref('idn_observation_nodes') }}
),

nodes as (
    select * from {{ ref('idn_identifier_nodes') }}
),

edge_rules as (
    select * from {{ ref('identity_edge_rules') }}
),

contact_matches as (
    select * from {{ ref('idn_contact_matches') }}
),

record_hubs as (
    select
        source_name,
        source_record_id,
        arg_min(node_key, (id_type_priority, node_key)) as hub_node_key
    from observation_nodes
    where edge_rule is not null
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

deterministic_edges as (
    select
        least(hub.node_id, other.node_id) as node_id_a,
        greatest(hub.node_id, other.node_id) as node_id_b,
        record_links.edge_rule,
        record_links.source_name,
        record_links.observed_at,
        cast(null as double) as match_probability
    from record_links
    inner join nodes as hub
        on record_links.hub_node_key = hub.node_key
    inner join nodes as other
        on record_links.node_key = other.node_key
),

probabilistic_edges as (
    select
        least(contact_l.node_id, contact_r.node_id) as node_id_a,
        greatest(contact_l.node_id, contact_r.node_id) as node_id_b,
        'probabilistic_contact_match' as edge_rule,
        'crm_contacts' as source_name,
        cast(null as timestamp) as observed_at,
        contact_matches.match_probability
    from contact_matches
    inner join nodes as contact_l
        on contact_l.node_key = 'crm_contact:' || contact_matches.contact_id_l
    inner join nodes as contact_r
        on contact_r.node_key = 'crm_contact:' || contact_matches.contact_id_r
),

all_edges as (
    select * from deterministic_edges
    union all
    select * from probabilistic_edges
),

enabled_edges as (
    select
        all_edges.*,
        edge_rules.priority as rule_priority
    from all_edges
    inner join edge_rules
        on all_edges.edge_rule = edge_rules.rule_name
    where edge_rules.is_enabled
),

final as (
    select
        node_id_a,
        node_id_b,
        -- ties between rules of one priority go to the first name, so every build agrees
        arg_min(edge_rule, (rule_priority, edge_rule)) as edge_rule,
        min(rule_priority) as rule_priority,
        count(*) as supporting_records,
        min(observed_at) as first_seen_at,
        max(observed_at) as last_seen_at,
        max(match_probability) as match_probability
    from enabled_edges
    group by 1, 2
)

select * from final

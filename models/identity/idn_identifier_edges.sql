{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ identifier_edges_scope(ref('idn_record_edges'), ref('idn_contact_matches'),
                               ref('idn_identifier_nodes')) }}",
    post_hook=[
        "{{ record_build_of_this() }}",
        "{{ retraction_log(['node_id_a', 'node_id_b']) }}",
        "{{ remember_contact_matches(ref('idn_contact_matches')) }}",
    ],
) }}

{#- One row per accepted edge of the identity graph (node_id_a < node_id_b), with the most trusted
    rule that produced it and how many records support it. Deterministic edges come from
    identifiers that co-occur on one record: each record links its identifiers to its hub, the
    identifier of the most trusted type (identifier_types.priority), under the record's edge rule.
    Probabilistic edges come from Splink contact matches above the threshold. Rules switched off in
    identity_edge_rules produce no edge (idn_dropped_links keeps them).

    Incremental (by node pair): the pre-hook lists in idn_identifier_edges__scope the pairs that
    idn_record_edges linked or unlinked since the last build, the Splink pairs that appeared,
    went or changed probability since the last build (idn_identifier_edges__matches_seen holds
    the matches it read) and the probabilistic edges of nodes written or retracted since;
    deletes their rows (logging them in idn_identifier_edges__retracted) and this select sums
    them again from all the records that link them. -#}
with

{% if is_incremental() %}

scope as (
    select * from {{ this.schema }}.{{ this.identifier }}__scope
),

{% endif %}

record_edges as (
    select * from {{ ref('idn_record_edges') }}
    {%- if is_incremental() %}
    where (node_id_a, node_id_b) in (select scope.node_id_a, scope.node_id_b from scope)
    {%- endif %}
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

deterministic_edges as (
    select
        node_id_a,
        node_id_b,
        edge_rule,
        source_name,
        observed_at,
        cast(null as double) as match_probability
    from record_edges
),

-- a contact's node id is the hash of its node key (stable_node_id), so the matches find their
-- nodes by id; the join keeps only contacts whose node exists
contact_pairs as (
    select
        least(
            {{ stable_node_id("'crm_contact:' || contact_id_l") }},
            {{ stable_node_id("'crm_contact:' || contact_id_r") }}
        ) as node_id_a,
        greatest(
            {{ stable_node_id("'crm_contact:' || contact_id_l") }},
            {{ stable_node_id("'crm_contact:' || contact_id_r") }}
        ) as node_id_b,
        match_probability
    from contact_matches
),

probabilistic_edges as (
    select
        contact_pairs.node_id_a,
        contact_pairs.node_id_b,
        'probabilistic_contact_match' as edge_rule,
        'crm_contacts' as source_name,
        cast(null as timestamp) as observed_at,
        contact_pairs.match_probability
    from contact_pairs
    inner join nodes as contact_a
        on contact_pairs.node_id_a = contact_a.node_id
    inner join nodes as contact_b
        on contact_pairs.node_id_b = contact_b.node_id
    {%- if is_incremental() %}
    where (contact_pairs.node_id_a, contact_pairs.node_id_b) in (
        select scope.node_id_a, scope.node_id_b from scope
    )
    {%- endif %}
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
        max(match_probability) as match_probability,
        {{ build_started_at() }} as loaded_at
    from enabled_edges
    group by 1, 2
)

select * from final

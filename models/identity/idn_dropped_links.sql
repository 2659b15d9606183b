{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ dropped_links_scope(
        observations=ref('idn_identifier_observations'),
        guards=ref('idn_identifier_guards'),
    ) }}",
    post_hook=[
        "{{ record_build_of_this() }}",
        "{{ keep_guards_seen(ref('idn_identifier_guards'),
                             ['id_type', 'id_value', 'guard', 'reason']) }}",
    ],
) }}

{#- One row per link the identity graph did not make, with the reason. This is the audit of every
    guard:
    * blocked_identifier / shared_identifier: an identifier on a record that would have linked
      it to the record's other identifiers is blocked or shared (idn_identifier_guards);
    * rule_disabled: the record's edge rule is switched off in identity_edge_rules;
    * limit_exceeded:<id_type>: the link would have given one person more values of a type
      than identifier_types.max_per_person allows (idn_limit_resolution).
    Records link their identifiers to the record's hub (the most trusted identifier), so a
    dropped link names the identifier and that hub.

    Incremental (by record): the pre-hook (dropped_links_scope) deletes the rows of the records
    observed again since the last build or reached by a guard change, listed in
    idn_dropped_links__scope, and every limit row; this select writes them again. -#}
{%- set incremental = incremental_with(['built', 'guards_seen']) %}
with

observations as (
    {%- if incremental %}
    {{ rows_of_records(ref('idn_identifier_observations'),
                    this.schema ~ '.' ~ this.identifier ~ '__scope',
                    last_recorded_build()) }}
    {%- else %}
    select * from {{ ref('idn_identifier_observations') }}
    {%- endif %}
),

guards as (
    select * from {{ ref('idn_identifier_guards') }}
    where guard in ('blocked', 'shared')
),

edge_rules as (
    select * from {{ ref('identity_edge_rules') }}
),

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

limit_drops as (
    select * from {{ ref('idn_limit_resolution') }}
),

nodes as (
    select * from {{ ref('idn_identifier_nodes') }}
),

-- the records that lost a link: one of their identifiers is guarded, or their rule is off.
-- Only these records are examined, so the audit does not rescan every observation's record.
affected_records as (
    select distinct
        observations.source_name,
        observations.source_record_id
    from observations
    inner join guards
        on observations.id_type = guards.id_type
        and observations.id_value = guards.id_value
    where observations.edge_rule is not null
    union
    select distinct
        observations.source_name,
        observations.source_record_id
    from observations
    inner join edge_rules
        on observations.edge_rule = edge_rules.rule_name
    where not edge_rules.is_enabled
),

linking_observations as (
    select
        observations.*,
        identifier_types.priority as id_type_priority,
        guards.guard,
        guards.reason as guard_reason
    from observations
    inner join affected_records
        on observations.source_name = affected_records.source_name
        and observations.source_record_id = affected_records.source_record_id
    inner join identifier_types
        on observations.id_type = identifier_types.id_type
    left join guards
        on observations.id_type = guards.id_type
        and observations.id_value = guards.id_value
    where observations.edge_rule is not null
),

record_hubs as (
    select
        source_name,
        source_record_id,
        arg_min(
            [id_type, id_value], (guard is not null, id_type_priority, id_value)
        ) as hub,
        count(*) as identifiers_on_record
    from linking_observations
    group by 1, 2
),

-- an identifier that is guarded, or whose record's rule is switched off, does not link to its
-- record's hub; the guard is named first when both apply
record_link_drops as (
    select
        linking_observations.source_name,
        linking_observations.source_record_id,
        linking_observations.edge_rule,
        linking_observations.id_type as id_type_a,
        linking_observations.id_value as id_value_a,
        record_hubs.hub[1] as id_type_b,
        record_hubs.hub[2] as id_value_b,
        case
            when linking_observations.guard is not null
                then linking_observations.guard || '_identifier'
            else 'rule_disabled'
        end as drop_reason,
        case
            when linking_observations.guard is not null then linking_observations.guard_reason
            else edge_rules.description
        end as drop_detail
    from linking_observations
    inner join record_hubs
        on linking_observations.source_name = record_hubs.source_name
        and linking_observations.source_record_id = record_hubs.source_record_id
    inner join edge_rules
        on linking_observations.edge_rule = edge_rules.rule_name
    where [linking_observations.id_type, linking_observations.id_value] != record_hubs.hub
        and (linking_observations.guard is not null or not edge_rules.is_enabled)
),

limit_link_drops as (
    select
        cast(null as varchar) as source_name,
        cast(null as varchar) as source_record_id,
        limit_drops.edge_rule,
        node_a.id_type as id_type_a,
        node_a.id_value as id_value_a,
        node_b.id_type as id_type_b,
        node_b.id_value as id_value_b,
        limit_drops.drop_reason,
        'the link would give one person too many ' || split_part(limit_drops.drop_reason, ':', 2)
        || ' values' as drop_detail
    from limit_drops
    inner join nodes as node_a
        on limit_drops.node_id_a = node_a.node_id
    inner join nodes as node_b
        on limit_drops.node_id_b = node_b.node_id
),

final as (
    select * from record_link_drops
    union all
    select * from limit_link_drops
)

select * from final

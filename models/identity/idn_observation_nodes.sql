{{ config(
    meta={'cluster_by': ['node_key']},
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ observation_nodes_scope(
        observations=ref('idn_identifier_observations'),
        guards=ref('idn_identifier_guards'),
        epochs=ref('idn_identifier_epochs'),
    ) }}",
    post_hook=[
        "{{ record_build_of_this() }}",
        "{{ retraction_log(['source_name', 'source_record_id', 'node_key']) }}",
        "{{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__guards_seen', 'select * from ' ~ ref('idn_identifier_guards')) }}",
        "{{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__epochs_seen', 'select * from ' ~ ref('idn_identifier_epochs')) }}",
    ],
) }}

{#- One row per identifier observation that takes part in the identity graph, with the graph node
    it belongs to. Blocked and shared identifiers are left out (idn_identifier_guards says why);
    an observation of a recycled identifier goes to the node of the owner epoch in force at its
    time, so node_key carries the epoch (e.g. phone:+8613800138000#1).

    Incremental (by record): the pre-hook (observation_nodes_scope) lists the records to place
    again in idn_observation_nodes__scope: those observed again since the last build, and every
    record that observes an identifier whose guard or owner epochs changed (a guard or an epoch
    of identifier X depends only on the records that observe X, so no other record can move). It
    deletes their rows, logging the node keys they held in idn_observation_nodes__retracted, and
    this select places them again. The post-hook keeps this build's guards and epochs to compare
    the next build's with. -#}
with

observations as (
    {%- if incremental_with(['guards_seen', 'epochs_seen']) %}
    {{ rows_of_records(ref('idn_identifier_observations'),
                       this.schema ~ '.' ~ this.identifier ~ '__scope',
                       last_build_of_this()) }}
    {%- else %}
    select * from {{ ref('idn_identifier_observations') }}
    {%- endif %}
),

guards as (
    select * from {{ ref('idn_identifier_guards') }}
),

epochs as (
    select * from {{ ref('idn_identifier_epochs') }}
),

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

unguarded as (
    select
        observations.*,
        guards.guard
    from observations
    left join guards
        on observations.id_type = guards.id_type
        and observations.id_value = guards.id_value
    where guards.guard is null or guards.guard = 'recycled'
),

with_epochs as (
    select
        unguarded.source_name,
        unguarded.source_record_id,
        unguarded.id_type,
        unguarded.id_value,
        unguarded.observed_at,
        unguarded.edge_rule,
        coalesce(max(epochs.epoch), 0) as epoch
    from unguarded
    left join epochs
        on unguarded.guard = 'recycled'
        and unguarded.id_type = epochs.id_type
        and unguarded.id_value = epochs.id_value
        and (epochs.epoch = 0 or unguarded.observed_at >= epochs.epoch_starts_at)
    group by 1, 2, 3, 4, 5, 6
),

final as (
    select
        with_epochs.source_name,
        with_epochs.source_record_id,
        with_epochs.id_type,
        with_epochs.id_value,
        with_epochs.epoch,
        with_epochs.id_type || ':' || with_epochs.id_value
        || case when with_epochs.epoch > 0 then '#' || with_epochs.epoch else '' end as node_key,
        identifier_types.priority as id_type_priority,
        with_epochs.observed_at,
        with_epochs.edge_rule,
        {{ build_started_at() }} as loaded_at
    from with_epochs
    inner join identifier_types
        on with_epochs.id_type = identifier_types.id_type
)

select * from final
{{ clustered_by(not is_incremental()) }}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ source_record_persons_scope(
        observation_nodes=ref('idn_observation_nodes'),
        identifier_persons=ref('idn_identifier_persons'),
        order_items=ref('stg_commerce__order_items'),
    ) }}",
    post_hook="{{ retraction_log(['source_name', 'source_record_id', 'person_id']) }}",
) }}

{#- One row per staged record that carries a usable identity, with its person. A record belongs
    to the person of its most trusted identifier (identifier_types.priority); persons_on_record
    counts the persons its identifiers resolve to, which is above 1 only where the limit
    resolution split a cluster. Order lines take the person of their order. Records whose only
    identifiers are blocked or shared are not here: see idn_unresolved_records.

    Incremental (by record): the pre-hook (source_record_persons_scope) lists in
    idn_source_record_persons__scope the records whose observation nodes changed since the last
    build, the records that observe an identifier whose person mapping was written again, and
    the orders with new lines with all their lines; it deletes their rows (logging them with
    their person in idn_source_record_persons__retracted) and this select resolves them again. -#}
with

{% if is_incremental() %}

scope as (
    select * from {{ this.schema }}.{{ this.identifier }}__scope
),

{% endif %}

observation_nodes as (
    select * from {{ ref('idn_observation_nodes') }}
    {%- if is_incremental() %}
    where (source_name, source_record_id) in (
        select scope.source_name, scope.source_record_id from scope
    )
    {%- endif %}
),

identifier_persons as (
    select * from {{ ref('idn_identifier_persons') }}
),

order_items as (
    select * from {{ ref('stg_commerce__order_items') }}
    {%- if is_incremental() %}
    where order_item_id in (
        select scope.source_record_id from scope where scope.source_name = 'order_items'
    )
    {%- endif %}
),

record_candidates as (
    select
        observation_nodes.source_name,
        observation_nodes.source_record_id,
        observation_nodes.id_type,
        observation_nodes.id_type_priority,
        observation_nodes.node_key,
        identifier_persons.person_id
    from observation_nodes
    inner join identifier_persons
        on observation_nodes.node_key = identifier_persons.node_key
),

record_choices as (
    select
        source_name,
        source_record_id,
        arg_min(person_id, (id_type_priority, node_key)) as person_id,
        arg_min(id_type, (id_type_priority, node_key)) as resolved_by_id_type,
        min(person_id) as first_person_id,
        max(person_id) as last_person_id
    from record_candidates
    group by 1, 2
),

-- identifiers on one record almost always share a person; the exact count is only taken
-- for the few records where they do not
split_records as (
    select
        record_candidates.source_name,
        record_candidates.source_record_id,
        count(distinct record_candidates.person_id) as persons_on_record
    from record_candidates
    inner join record_choices
        on record_candidates.source_name = record_choices.source_name
        and record_candidates.source_record_id = record_choices.source_record_id
    where record_choices.first_person_id != record_choices.last_person_id
    group by 1, 2
),

records as (
    select
        record_choices.source_name,
        record_choices.source_record_id,
        record_choices.person_id,
        record_choices.resolved_by_id_type,
        coalesce(split_records.persons_on_record, 1) as persons_on_record
    from record_choices
    left join split_records
        on record_choices.source_name = split_records.source_name
        and record_choices.source_record_id = split_records.source_record_id
),

order_item_records as (
    select
        'order_items' as source_name,
        order_items.order_item_id as source_record_id,
        records.person_id,
        'order' as resolved_by_id_type,
        1 as persons_on_record
    from order_items
    inner join records
        on order_items.order_id = records.source_record_id
        and records.source_name = 'orders'
),

final as (
    select
        *,
        {{ build_started_at() }} as loaded_at
    from (
        select * from records
        union all
        select * from order_item_records
    ) as resolved
)

select * from final

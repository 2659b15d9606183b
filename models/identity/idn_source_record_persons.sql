{{ config(
    meta={'cluster_by': ['person_id']},
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ source_record_persons_scope(
        observation_nodes=ref('idn_observation_nodes'),
        identifier_persons=ref('idn_identifier_persons'),
        order_items=ref('stg_commerce__order_items'),
    ) }}",
    post_hook=[
        "{{ retraction_log(['source_name', 'source_record_id', 'person_id']) }}",
        "{{ record_build_of_this() }}",
    ],
) }}

{#- One row per staged record that carries a usable identity, with its person. A record belongs
    to the person of its most trusted identifier (identifier_types.priority); persons_on_record
    counts the persons its identifiers resolve to, which is above 1 only where the limit
    resolution split a cluster. Order lines take the person of their order. Records whose only
    identifiers are blocked or shared are not here: see idn_unresolved_records.

    Incremental (by record): the pre-hook (source_record_persons_scope) lists in
    idn_source_record_persons__scope the records whose observation nodes changed since the last
    build, the records that observe a node whose person changed, and the orders with new lines
    with all their lines; it deletes their rows (logging them with their person in
    idn_source_record_persons__retracted) and this select resolves them again, reading the
    nodes of the records placed since by their loaded_at. -#}
with

{% if is_incremental() %}

scope as (
    select * from {{ this.schema }}.{{ this.identifier }}__scope
),

observation_nodes as (
    {{ rows_of_records(ref('idn_observation_nodes'), 'scope', last_build_of_this()) }}
),

-- the persons of the scope's identifiers only: both passes read this CTE, so DuckDB keeps it
identifier_persons as (
    select * from {{ ref('idn_identifier_persons') }}
    where node_key in (select observation_nodes.node_key from observation_nodes)
),

{% set observation_nodes = 'observation_nodes' %}
{% set identifier_persons = 'identifier_persons' %}

{% else %}

{#- A full build reads the tables in each pass below rather than through one CTE: a CTE read
    twice is materialized, which at 1,000,000 persons is 60M rows of strings. -#}
{% set observation_nodes = ref('idn_observation_nodes') %}
{% set identifier_persons = ref('idn_identifier_persons') %}

{% endif %}

order_items as (
    select * from {{ ref('stg_commerce__order_items') }}
    {%- if is_incremental() %}
    where order_item_id in (
        select scope.source_record_id from scope where scope.source_name = 'order_items'
    )
    {%- endif %}
),

{#- Two passes of the same resolution: every record, and the orders alone (for their lines).
    Each pass aggregates as it reads, first per record and person (the person's most trusted
    identifier on the record), then per record: the person of the most trusted of those, and
    how many persons the record's identifiers resolve to, without a distinct count. -#}
{% for pass, only_orders in [('records', false), ('orders', true)] %}

{{ pass }}_person_candidates as (
    select
        observed.source_name,
        observed.source_record_id,
        identifier_persons.person_id,
        min((observed.id_type_priority, observed.node_key)) as best_identifier,
        arg_min(observed.id_type, (observed.id_type_priority, observed.node_key)) as id_type
    from {{ observation_nodes }} as observed
    inner join {{ identifier_persons }} as identifier_persons
        on observed.node_key = identifier_persons.node_key
    {%- if only_orders %}
    where observed.source_name = 'orders'
    {%- endif %}
    group by 1, 2, 3
),

{{ pass }} as (
    select
        source_name,
        source_record_id,
        arg_min(person_id, best_identifier) as person_id,
        arg_min(id_type, best_identifier) as resolved_by_id_type,
        count(*) as persons_on_record
    from {{ pass }}_person_candidates
    group by 1, 2
),

{% endfor %}

order_item_records as (
    select
        'order_items' as source_name,
        order_items.order_item_id as source_record_id,
        orders.person_id,
        'order' as resolved_by_id_type,
        1 as persons_on_record
    from order_items
    inner join orders
        on order_items.order_id = orders.source_record_id
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
{{ clustered_by(not is_incremental()) }}

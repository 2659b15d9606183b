-- depends_on: {{ ref('idn_source_record_persons') }}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='order_id',
    on_schema_change='fail',
    pre_hook="{{ orders_in_scope(
        ref('stg_commerce__orders'), ref('stg_commerce__order_items'),
        ref('idn_source_record_persons')) }}",
) }}

{#- One row per staged order, with its person, its lines summed and the amounts that count. An
    order counts towards a customer's totals only when completed; refunded and cancelled orders
    count nothing, so totals are net of refunds. Orders still in flight (created, paid, shipped)
    keep their amount as net_amount but are not completed.

    Incremental (delete+insert per order): a build writes again the orders staged since its last
    build, the orders with lines staged since, and the orders whose person identity resolution
    wrote or retracted since (idn_source_record_persons and its retraction log). A model last
    built longer ago than portrait__retraction_log_days cannot trust that log and writes every
    order again. The pre-hook (orders_in_scope) lists those orders, and among them the orders
    whose person must be searched for in all of idn_source_record_persons: those it neither
    resolved nor retracted since. -#}
with

{% if is_incremental() %}

orders_in_scope as (
    select order_id from {{ this.schema }}.{{ this.identifier }}__scope
),

-- the orders in scope that idn_source_record_persons neither resolved nor retracted since the
-- last build: only their persons are searched for in all of it (36M rows at 1,000,000 persons).
-- It resolves again the orders with observations or lines written since, so most batches list
-- none.
orders_resolved_before as (
    select order_id from {{ this.schema }}.{{ this.identifier }}__resolved_before
),

{% endif %}

orders as (
    select * from {{ ref('stg_commerce__orders') }}
    {%- if is_incremental() %}
    where order_id in (select orders_in_scope.order_id from orders_in_scope)
    {%- endif %}
),

order_items as (
    select * from {{ ref('stg_commerce__order_items') }}
    {%- if is_incremental() %}
    where order_id in (select orders_in_scope.order_id from orders_in_scope)
    {%- endif %}
),

record_persons as (
    select * from {{ ref('idn_source_record_persons') }}
    where source_name = 'orders'
    {%- if is_incremental() %}
        {{ written_since_last_build() }}
    union all
    select * from {{ ref('idn_source_record_persons') }}
    where source_name = 'orders'
        and loaded_at <= {{ last_build_of_this() }}
        and source_record_id in (
            select orders_resolved_before.order_id from orders_resolved_before
        )
    {%- endif %}
),

items_per_order as (
    select
        order_id,
        count(*) as line_count,
        cast(sum(quantity) as bigint) as item_quantity,
        cast(sum(discount_amount) as decimal(18, 2)) as discount_amount
    from order_items
    group by 1
),

orders_joined as (
    select
        orders.order_id,
        record_persons.person_id,
        orders.channel,
        orders.store_id,
        orders.account_id,
        orders.ordered_at,
        orders.updated_at,
        orders.status,
        orders.status = 'completed' as is_completed,
        orders.status = 'refunded' as is_refunded,
        orders.status = 'cancelled' as is_cancelled,
        orders.currency,
        orders.total_amount as gross_amount,
        case when orders.status = 'refunded' then orders.total_amount else 0 end
            as refunded_amount,
        case
            when orders.status in ('refunded', 'cancelled') then 0
            else orders.total_amount
        end as net_amount,
        coalesce(items_per_order.line_count, 0) as line_count,
        coalesce(items_per_order.item_quantity, 0) as item_quantity,
        coalesce(items_per_order.discount_amount, cast(0 as decimal(18, 2))) as discount_amount,
        orders.shipping_province,
        orders.shipping_city,
        orders.source_file,
        {{ build_started_at() }} as loaded_at
    from orders
    left join record_persons
        on orders.order_id = record_persons.source_record_id
    left join items_per_order
        on orders.order_id = items_per_order.order_id
),

final as (
    select * from orders_joined
)

select * from final

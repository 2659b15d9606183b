{{ config(**person_scoped_config()) }}

{#- One row per person with at least one order placed at or before the profile clock: order
    totals, RFM with scores, average order value, refunds, and the preferred purchase channel and
    store. Only completed orders count towards order_count, total_net_amount, the first and last
    order and RFM; refunded and cancelled orders count nothing there, so totals are net of
    refunds. RFM scores come from fixed bands in the rfm_score_bands seed. -#}
with

orders as (
    select * from {{ ref('int_orders_joined_to_persons') }}
    where {{ in_person_scope() }}
        and person_id is not null
),

bands as (
    select * from {{ ref('rfm_score_bands') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

orders_until_clock as (
    select orders.*
    from orders
    cross join clock
    where orders.ordered_at <= clock.as_of_at
),

order_totals as (
    select
        person_id,
        count(case when is_completed then 1 end) as order_count,
        cast(coalesce(sum(case when is_completed then net_amount end), 0) as decimal(18, 2))
            as total_net_amount,
        min(case when is_completed then ordered_at end) as first_order_at,
        max(case when is_completed then ordered_at end) as last_order_at,
        count(*) as orders_placed,
        count(case when is_refunded then 1 end) as refunded_order_count,
        cast(coalesce(sum(refunded_amount), 0) as decimal(18, 2)) as refunded_amount,
        count(case when is_cancelled then 1 end) as cancelled_order_count,
        min(ordered_at) as first_order_placed_at,
        max(ordered_at) as last_order_placed_at
    from orders_until_clock
    group by 1
),

-- the channel and store of most placed, not cancelled orders; ties go to the latest order
channel_counts as (
    select
        person_id,
        channel,
        count(*) as orders,
        max(ordered_at) as last_ordered_at
    from orders_until_clock
    where not is_cancelled
    group by 1, 2
),

channels_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by orders desc, last_ordered_at desc, channel asc
        ) as channel_rank
    from channel_counts
),

preferred_channels as (
    select
        person_id,
        channel as preferred_purchase_channel
    from channels_ranked
    where channel_rank = 1
),

store_counts as (
    select
        person_id,
        store_id,
        count(*) as orders,
        max(ordered_at) as last_ordered_at
    from orders_until_clock
    where not is_cancelled and channel = 'offline' and store_id is not null
    group by 1, 2
),

stores_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by orders desc, last_ordered_at desc, store_id asc
        ) as store_rank
    from store_counts
),

preferred_stores as (
    select
        person_id,
        store_id as preferred_store_id
    from stores_ranked
    where store_rank = 1
),

rfm_values as (
    select
        order_totals.*,
        case
            when order_totals.last_order_at is not null
                then {{ days_between('order_totals.last_order_at', 'clock.as_of_at') }}
        end as recency_days,
        case
            when order_totals.order_count > 0
                then
                    cast(
                        round(order_totals.total_net_amount / order_totals.order_count, 2)
                        as decimal(18, 2)
                    )
        end as avg_order_value_amount
    from order_totals
    cross join clock
),

scored as (
    select
        rfm_values.*,
        recency_bands.score as r_score,
        frequency_bands.score as f_score,
        monetary_bands.score as m_score
    from rfm_values
    left join bands as recency_bands
        on recency_bands.metric = 'recency_days'
        and rfm_values.recency_days >= recency_bands.min_value
        and (rfm_values.recency_days < recency_bands.max_value or recency_bands.max_value is null)
    left join bands as frequency_bands
        on frequency_bands.metric = 'frequency'
        and rfm_values.order_count > 0
        and rfm_values.order_count >= frequency_bands.min_value
        and (
            rfm_values.order_count < frequency_bands.max_value
            or frequency_bands.max_value is null
        )
    left join bands as monetary_bands
        on monetary_bands.metric = 'monetary'
        and rfm_values.order_count > 0
        and rfm_values.total_net_amount >= monetary_bands.min_value
        and (
            rfm_values.total_net_amount < monetary_bands.max_value
            or monetary_bands.max_value is null
        )
),

final as (
    select
        scored.person_id,
        scored.order_count,
        scored.total_net_amount,
        scored.first_order_at,
        scored.last_order_at,
        scored.recency_days,
        scored.r_score,
        scored.f_score,
        scored.m_score,
        cast(scored.r_score as varchar)
        || cast(scored.f_score as varchar)
        || cast(scored.m_score as varchar) as rfm_score,
        scored.avg_order_value_amount,
        scored.orders_placed,
        scored.refunded_order_count,
        scored.refunded_amount,
        scored.cancelled_order_count,
        case
            when scored.orders_placed > 0
                then cast(round(scored.refunded_order_count / scored.orders_placed, 4) as double)
        end as refund_rate,
        scored.first_order_placed_at,
        scored.last_order_placed_at,
        preferred_channels.preferred_purchase_channel,
        preferred_stores.preferred_store_id
    from scored
    left join preferred_channels
        on scored.person_id = preferred_channels.person_id
    left join preferred_stores
        on scored.person_id = preferred_stores.person_id
)

select * from final

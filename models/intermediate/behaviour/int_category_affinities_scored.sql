{{ config(**person_scoped_config()) }}

{#- One row per person and top-level product category they bought, carted or viewed: a
    time-decayed affinity score. Each signal counts its weight from the affinity_signals seed
    (per unit for purchases), halved every portrait__affinity_half_life_days days before the
    profile clock, so last month's views outweigh last year's. -#}
with

orders as (
    select * from {{ ref('int_orders_joined_to_persons') }}
    where {{ in_person_scope() }}
),

order_items as (
    select * from {{ ref('stg_commerce__order_items') }}
),

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    where {{ in_person_scope() }}
),

signals as (
    select * from {{ ref('affinity_signals') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

purchase_lines as (
    select
        orders.person_id,
        order_items.category_level1 as category,
        'order_line' as event_type,
        orders.ordered_at as occurred_at,
        order_items.quantity as units
    from order_items
    inner join orders
        on order_items.order_id = orders.order_id
    where
        orders.person_id is not null
        and not orders.is_refunded
        and not orders.is_cancelled
        and order_items.category_level1 is not null
),

browse_events as (
    select
        person_id,
        category,
        event_type,
        occurred_at,
        1 as units
    from events
    where
        person_id is not null
        and category is not null
        and event_type in (select signals.event_type from signals)
),

all_signals as (
    select * from purchase_lines
    union all
    select * from browse_events
),

signals_decayed as (
    select
        all_signals.person_id,
        all_signals.category,
        signals.signal,
        signals.weight
        * all_signals.units
        * power(
            0.5,
            greatest({{ dbt.datediff('all_signals.occurred_at', 'clock.as_of_at', 'second') }}, 0)
            / (86400.0 * {{ var('portrait__affinity_half_life_days') }})
        ) as decayed_weight,
        all_signals.occurred_at
    from all_signals
    inner join signals
        on all_signals.event_type = signals.event_type
    cross join clock
    where all_signals.occurred_at <= clock.as_of_at
),

per_category as (
    select
        person_id,
        category,
        -- to 9 decimals: a float sum taken in parallel can differ in its last bits from build
        -- to build, which would reorder categories whose scores tie
        round(sum(decayed_weight), 9) as affinity_score,
        count(case when signal = 'purchase' then 1 end) as purchase_lines,
        count(case when signal = 'add_to_cart' then 1 end) as cart_adds,
        count(case when signal = 'view' then 1 end) as product_views,
        max(occurred_at) as last_interaction_at
    from signals_decayed
    group by 1, 2
),

ranked as (
    select
        person_id,
        category,
        cast(round(affinity_score, 4) as double) as affinity_score,
        cast(round(affinity_score / sum(affinity_score) over (partition by person_id), 4) as double)
            as affinity_share,
        row_number() over (
            partition by person_id order by affinity_score desc, category asc
        ) as affinity_rank,
        purchase_lines,
        cart_adds,
        product_views,
        last_interaction_at
    from per_category
),

final as (
    select * from ranked
)

select * from final

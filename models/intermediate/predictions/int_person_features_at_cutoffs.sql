{{ config(**person_scoped_config()) }}

{#- One row per person and cutoff: the features the prediction models read, from what was known
    at the cutoff, and for the training cutoff the labels, from what happened after it. Two
    cutoffs: `training`, portrait__prediction_label_window_days before the profile clock, whose
    labels fill the window up to the clock; and `scoring`, the profile clock itself, without
    labels. A feature reads only rows at or before its cutoff (an order's refund or cancellation
    counts from its updated_at, so a later refund cannot leak back); a label reads only rows after
    it. A person is in scope at a cutoff when they have any event or order at or before it. -#}
{%- set label_window_days = var('portrait__prediction_label_window_days', 90) -%}
with

record_persons as (
    select * from {{ records_in_person_scope(ref('idn_source_record_persons')) }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    where {{ in_person_scope() }}
),

event_types as (
    select * from {{ ref('event_types') }}
),

orders as (
    select * from {{ ref('int_orders_joined_to_persons') }}
    where {{ in_person_scope() }}
),

surveys as (
    select * from {{ ref('stg_survey__responses') }}
    where {{ in_scoped_records('response_id', 'survey_responses') }}
),

tickets as (
    select * from {{ ref('stg_support__tickets') }}
    where {{ in_scoped_records('ticket_id', 'support_tickets') }}
),

cutoffs as (
    select
        'training' as cutoff_name,
        {{ dbt.dateadd('day', -1 * label_window_days, 'as_of_at') }} as cutoff_at,
        as_of_at as label_end_at
    from clock
    union all
    select
        'scoring' as cutoff_name,
        as_of_at as cutoff_at,
        cast(null as timestamp) as label_end_at
    from clock
),

-- events not initiated by the customer (event_types seed: an email sent, a ticket closed by an
-- agent) are features, but they are not the person's own activity
events_flagged as (
    select
        events.person_id,
        events.event_type,
        events.occurred_at,
        coalesce(event_types.is_customer_initiated, true) as is_activity
    from events
    left join event_types
        on events.event_type = event_types.event_type
    where events.person_id is not null
),

events_before_cutoffs as (
    select
        cutoffs.cutoff_name,
        events_flagged.person_id,
        events_flagged.event_type,
        events_flagged.occurred_at,
        events_flagged.is_activity,
        {{ portrait.days_between('events_flagged.occurred_at', 'cutoffs.cutoff_at') }}
            as days_before_cutoff
    from events_flagged
    inner join cutoffs
        on events_flagged.occurred_at <= cutoffs.cutoff_at
),

event_features as (
    select
        cutoff_name,
        person_id,
        min(occurred_at) as first_event_at,
        max(occurred_at) as last_event_at,
        count(case when is_activity then 1 end) as activity_count,
        count(case when is_activity and days_before_cutoff < 30 then 1 end)
            as activity_last_30d,
        count(case when is_activity and days_before_cutoff < 90 then 1 end)
            as activity_last_90d,
        count(case when is_activity and days_before_cutoff < 365 then 1 end)
            as activity_last_365d,
        count(case
            when event_type in ('page_viewed', 'screen_viewed') and days_before_cutoff < 90
                then 1
        end) as page_views_last_90d,
        count(case when event_type = 'product_viewed' and days_before_cutoff < 90 then 1 end)
            as product_views_last_90d,
        count(case when event_type = 'product_added' and days_before_cutoff < 90 then 1 end)
            as cart_adds_last_90d,
        count(case
            when event_type = 'checkout_started' and days_before_cutoff < 90 then 1
        end) as checkouts_last_90d,
        count(case
            when event_type = 'products_searched' and days_before_cutoff < 90 then 1
        end) as searches_last_90d,
        count(case when event_type = 'signed_in' and days_before_cutoff < 90 then 1 end)
            as sign_ins_last_90d,
        count(case when event_type = 'email_sent' and days_before_cutoff < 90 then 1 end)
            as emails_sent_last_90d,
        count(case when event_type = 'email_opened' and days_before_cutoff < 90 then 1 end)
            as email_opens_last_90d,
        count(case when event_type = 'email_clicked' and days_before_cutoff < 90 then 1 end)
            as email_clicks_last_90d,
        count(case when event_type = 'email_sent' then 1 end) as emails_sent,
        count(case when event_type = 'email_opened' then 1 end) as email_opens,
        count(case when event_type = 'email_clicked' then 1 end) as email_clicks,
        count(case when event_type = 'email_bounced' then 1 end) as email_bounces,
        count(case when event_type in ('email_unsubscribed', 'email_spam_reported') then 1 end)
            as email_opt_outs,
        count(case when event_type in ('social_like', 'social_comment', 'social_share') then 1 end)
            as social_interactions,
        count(case
            when event_type in ('social_like', 'social_comment', 'social_share')
                and days_before_cutoff < 90
                then 1
        end) as social_interactions_last_90d,
        max(case when event_type = 'wechat_subscribed' then occurred_at end)
            as last_wechat_subscribed_at,
        max(case when event_type = 'wechat_unsubscribed' then occurred_at end)
            as last_wechat_unsubscribed_at,
        count(case when event_type = 'ticket_opened' then 1 end) as tickets_opened,
        count(case when event_type = 'ticket_opened' and days_before_cutoff < 365 then 1 end)
            as tickets_opened_last_365d,
        count(case when event_type = 'survey_submitted' then 1 end) as surveys_submitted
    from events_before_cutoffs
    group by 1, 2
),

-- an active day is a 24-hour period before the cutoff (days_before_cutoff) with own activity
active_days_before_cutoffs as (
    select distinct
        cutoff_name,
        person_id,
        days_before_cutoff
    from events_before_cutoffs
    where is_activity
),

active_days_ranked as (
    select
        *,
        row_number() over (
            partition by cutoff_name, person_id order by days_before_cutoff
        ) as recency_rank
    from active_days_before_cutoffs
),

active_day_features as (
    select
        cutoff_name,
        person_id,
        count(*) as active_days,
        count(case when days_before_cutoff < 30 then 1 end) as active_days_last_30d,
        count(case when days_before_cutoff < 90 then 1 end) as active_days_last_90d,
        count(case when days_before_cutoff < 180 then 1 end) as active_days_last_180d,
        count(case when days_before_cutoff < 365 then 1 end) as active_days_last_365d,
        min(days_before_cutoff) as days_since_last_activity,
        max(case when recency_rank = 2 then days_before_cutoff end)
            as days_since_second_last_activity,
        max(case when recency_rank = 3 then days_before_cutoff end)
            as days_since_third_last_activity
    from active_days_ranked
    group by 1, 2
),

orders_before_cutoffs as (
    select
        cutoffs.cutoff_name,
        cutoffs.cutoff_at,
        orders.person_id,
        orders.ordered_at,
        orders.gross_amount,
        orders.currency,
        orders.is_completed and orders.updated_at <= cutoffs.cutoff_at as is_completed_by_cutoff,
        orders.is_refunded and orders.updated_at <= cutoffs.cutoff_at as is_refunded_by_cutoff,
        orders.is_cancelled and orders.updated_at <= cutoffs.cutoff_at as is_cancelled_by_cutoff,
        {{ portrait.days_between('orders.ordered_at', 'cutoffs.cutoff_at') }}
            as days_before_cutoff
    from orders
    inner join cutoffs
        on orders.ordered_at <= cutoffs.cutoff_at
    where orders.person_id is not null
),

-- an order is kept (it counts towards spend and frequency) unless it was refunded or
-- cancelled by the cutoff
orders_flagged as (
    select
        *,
        not is_refunded_by_cutoff and not is_cancelled_by_cutoff as is_kept
    from orders_before_cutoffs
),

order_features as (
    select
        cutoff_name,
        person_id,
        count(*) as orders_placed,
        count(case when is_kept then 1 end) as kept_orders,
        count(case when is_completed_by_cutoff then 1 end) as completed_orders,
        count(case when is_refunded_by_cutoff then 1 end) as refunded_orders,
        count(case when is_cancelled_by_cutoff then 1 end) as cancelled_orders,
        cast(sum(case when is_kept then gross_amount else 0 end) as decimal(18, 2))
            as net_spend_amount,
        cast(
            sum(case when is_kept and days_before_cutoff < 365 then gross_amount else 0 end)
            as decimal(18, 2)
        ) as net_spend_last_365d_amount,
        count(case when is_kept and days_before_cutoff < 30 then 1 end) as orders_last_30d,
        count(case when is_kept and days_before_cutoff < 90 then 1 end) as orders_last_90d,
        count(case when is_kept and days_before_cutoff < 365 then 1 end)
            as orders_last_365d,
        -- amounts are summed as recorded: the sources so far use one currency (CNY)
        max(currency) as currency,
        min(ordered_at) as first_order_at,
        max(ordered_at) as last_order_at
    from orders_flagged
    group by 1, 2
),

survey_features as (
    select
        cutoffs.cutoff_name,
        record_persons.person_id,
        avg(surveys.nps_score) as average_nps_score
    from surveys
    inner join record_persons
        on record_persons.source_name = 'survey_responses'
        and surveys.response_id = record_persons.source_record_id
    inner join cutoffs
        on surveys.submitted_at <= cutoffs.cutoff_at
    where surveys.nps_score is not null
    group by 1, 2
),

-- a ticket's satisfaction score is known once the ticket is closed
ticket_features as (
    select
        cutoffs.cutoff_name,
        record_persons.person_id,
        avg(tickets.satisfaction_score) as average_ticket_satisfaction_score
    from tickets
    inner join record_persons
        on record_persons.source_name = 'support_tickets'
        and tickets.ticket_id = record_persons.source_record_id
    inner join cutoffs
        on tickets.closed_at <= cutoffs.cutoff_at
    where tickets.satisfaction_score is not null
    group by 1, 2
),

persons_in_scope as (
    select
        cutoff_name,
        person_id
    from event_features
    union
    select
        cutoff_name,
        person_id
    from order_features
),

-- labels: a placed, not cancelled order in (cutoff, cutoff + 30 days]; any own activity in
-- (cutoff, label_end_at]. The scoring cutoff has no label window.
purchases_after_cutoff as (
    select distinct
        cutoffs.cutoff_name,
        orders.person_id
    from orders
    inner join cutoffs
        on orders.ordered_at > cutoffs.cutoff_at
        and orders.ordered_at <= {{ dbt.dateadd('day', 30, 'cutoffs.cutoff_at') }}
        and orders.ordered_at <= cutoffs.label_end_at
    where orders.person_id is not null and not orders.is_cancelled
),

activity_after_cutoff as (
    select distinct
        cutoffs.cutoff_name,
        events_flagged.person_id
    from events_flagged
    inner join cutoffs
        on events_flagged.occurred_at > cutoffs.cutoff_at
        and events_flagged.occurred_at <= cutoffs.label_end_at
    where events_flagged.is_activity
),

features_joined as (
    select
        persons_in_scope.person_id,
        persons_in_scope.cutoff_name,
        cutoffs.cutoff_at,
        cutoffs.label_end_at,
        {{ portrait.days_between(
            'least(event_features.first_event_at, order_features.first_order_at)',
            'cutoffs.cutoff_at',
        ) }} as days_since_first_seen,
        {{ portrait.days_between('event_features.last_event_at', 'cutoffs.cutoff_at') }}
            as days_since_last_event,
        active_day_features.days_since_last_activity,
        active_day_features.days_since_second_last_activity,
        active_day_features.days_since_third_last_activity,
        {{ portrait.days_between('order_features.last_order_at', 'cutoffs.cutoff_at') }}
            as days_since_last_order,
        {{ portrait.days_between('order_features.first_order_at', 'cutoffs.cutoff_at') }}
            as days_since_first_order,
        coalesce(order_features.orders_placed, 0) as orders_placed,
        coalesce(order_features.kept_orders, 0) as kept_orders,
        coalesce(order_features.completed_orders, 0) as completed_orders,
        coalesce(order_features.refunded_orders, 0) as refunded_orders,
        coalesce(order_features.cancelled_orders, 0) as cancelled_orders,
        order_features.currency,
        coalesce(order_features.net_spend_amount, 0) as net_spend_amount,
        coalesce(order_features.net_spend_last_365d_amount, 0) as net_spend_last_365d_amount,
        cast(
            order_features.net_spend_amount / nullif(order_features.kept_orders, 0)
            as decimal(18, 2)
        ) as average_order_amount,
        coalesce(order_features.orders_last_30d, 0) as orders_last_30d,
        coalesce(order_features.orders_last_90d, 0) as orders_last_90d,
        coalesce(order_features.orders_last_365d, 0) as orders_last_365d,
        coalesce(event_features.activity_count, 0) as activity_count,
        coalesce(event_features.activity_last_30d, 0) as activity_last_30d,
        coalesce(event_features.activity_last_90d, 0) as activity_last_90d,
        coalesce(event_features.activity_last_365d, 0) as activity_last_365d,
        coalesce(active_day_features.active_days, 0) as active_days,
        coalesce(active_day_features.active_days_last_30d, 0) as active_days_last_30d,
        coalesce(active_day_features.active_days_last_90d, 0) as active_days_last_90d,
        coalesce(active_day_features.active_days_last_180d, 0) as active_days_last_180d,
        coalesce(active_day_features.active_days_last_365d, 0) as active_days_last_365d,
        coalesce(event_features.page_views_last_90d, 0) as page_views_last_90d,
        coalesce(event_features.product_views_last_90d, 0) as product_views_last_90d,
        coalesce(event_features.cart_adds_last_90d, 0) as cart_adds_last_90d,
        coalesce(event_features.checkouts_last_90d, 0) as checkouts_last_90d,
        coalesce(event_features.searches_last_90d, 0) as searches_last_90d,
        coalesce(event_features.sign_ins_last_90d, 0) as sign_ins_last_90d,
        coalesce(event_features.emails_sent, 0) as emails_sent,
        coalesce(event_features.emails_sent_last_90d, 0) as emails_sent_last_90d,
        coalesce(event_features.email_opens, 0) as email_opens,
        coalesce(event_features.email_opens_last_90d, 0) as email_opens_last_90d,
        coalesce(event_features.email_clicks, 0) as email_clicks,
        coalesce(event_features.email_clicks_last_90d, 0) as email_clicks_last_90d,
        coalesce(event_features.email_bounces, 0) as email_bounces,
        coalesce(event_features.email_opt_outs, 0) as email_opt_outs,
        coalesce(event_features.social_interactions, 0) as social_interactions,
        coalesce(event_features.social_interactions_last_90d, 0) as social_interactions_last_90d,
        coalesce(
            event_features.last_wechat_subscribed_at
            > event_features.last_wechat_unsubscribed_at,
            event_features.last_wechat_subscribed_at is not null
        ) as is_wechat_follower,
        coalesce(event_features.tickets_opened, 0) as tickets_opened,
        coalesce(event_features.tickets_opened_last_365d, 0) as tickets_opened_last_365d,
        coalesce(event_features.surveys_submitted, 0) as surveys_submitted,
        survey_features.average_nps_score,
        ticket_features.average_ticket_satisfaction_score,
        case
            when persons_in_scope.cutoff_name = 'training'
                then purchases_after_cutoff.person_id is not null
        end as purchased_within_30d,
        case
            when persons_in_scope.cutoff_name = 'training'
                then activity_after_cutoff.person_id is null
        end as churned
    from persons_in_scope
    inner join cutoffs
        on persons_in_scope.cutoff_name = cutoffs.cutoff_name
    left join event_features
        on persons_in_scope.cutoff_name = event_features.cutoff_name
        and persons_in_scope.person_id = event_features.person_id
    left join active_day_features
        on persons_in_scope.cutoff_name = active_day_features.cutoff_name
        and persons_in_scope.person_id = active_day_features.person_id
    left join order_features
        on persons_in_scope.cutoff_name = order_features.cutoff_name
        and persons_in_scope.person_id = order_features.person_id
    left join survey_features
        on persons_in_scope.cutoff_name = survey_features.cutoff_name
        and persons_in_scope.person_id = survey_features.person_id
    left join ticket_features
        on persons_in_scope.cutoff_name = ticket_features.cutoff_name
        and persons_in_scope.person_id = ticket_features.person_id
    left join purchases_after_cutoff
        on persons_in_scope.cutoff_name = purchases_after_cutoff.cutoff_name
        and persons_in_scope.person_id = purchases_after_cutoff.person_id
    left join activity_after_cutoff
        on persons_in_scope.cutoff_name = activity_after_cutoff.cutoff_name
        and persons_in_scope.person_id = activity_after_cutoff.person_id
),

final as (
    select * from features_joined
)

select * from final

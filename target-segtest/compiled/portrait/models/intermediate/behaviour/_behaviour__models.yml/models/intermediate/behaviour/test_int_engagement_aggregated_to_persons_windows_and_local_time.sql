with

 __dbt__cte__int_customer_events_unioned as (

-- Fixture for int_customer_events_unioned
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast('2026-10-01 16:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast('2026-10-01 16:00:01' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('screen_viewed' as character varying)
 as "event_type", 
    
    cast('app' as character varying)
 as "channel", 
    
    cast('2026-10-20 02:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", 
    
    cast('app' as character varying)
 as "channel", 
    
    cast('2026-08-01 04:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "channel", 
    
    cast('2026-10-25 02:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast('2026-10-31 16:00:01' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "channel", 
    
    cast('2026-10-25 02:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('web' as character varying)
 as "channel", 
    
    cast('2026-10-25 02:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
),  __dbt__cte__event_types as (

-- Fixture for event_types
select 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A web or mini-program page view' as character varying)
 as "description"
union all
select 
    
    cast('screen_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An app screen view' as character varying)
 as "description"
union all
select 
    
    cast('product_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product detail view' as character varying)
 as "description"
union all
select 
    
    cast('products_searched' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product search' as character varying)
 as "description"
union all
select 
    
    cast('product_added' as character varying)
 as "event_type", 
    
    cast('cart' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product added to a cart' as character varying)
 as "description"
union all
select 
    
    cast('checkout_started' as character varying)
 as "event_type", 
    
    cast('cart' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A checkout begun from a cart' as character varying)
 as "description"
union all
select 
    
    cast('order_completed' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The web or app confirmation that an order was placed' as character varying)
 as "description"
union all
select 
    
    cast('signed_in' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A sign-in on web or app or mini-program' as character varying)
 as "description"
union all
select 
    
    cast('identified' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer identified themselves (sign-up or sign-in traits)' as character varying)
 as "description"
union all
select 
    
    cast('aliased' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An anonymous id tied to a user id' as character varying)
 as "description"
union all
select 
    
    cast('order_placed' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order placed in any channel (own shop or Tmall or JD or store)' as character varying)
 as "description"
union all
select 
    
    cast('order_refunded' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order refunded after it was placed' as character varying)
 as "description"
union all
select 
    
    cast('order_cancelled' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order cancelled after it was placed' as character varying)
 as "description"
union all
select 
    
    cast('email_sent' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email sent to the customer' as character varying)
 as "description"
union all
select 
    
    cast('email_delivered' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email delivered to the inbox' as character varying)
 as "description"
union all
select 
    
    cast('email_bounced' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email that bounced' as character varying)
 as "description"
union all
select 
    
    cast('email_opened' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email opened' as character varying)
 as "description"
union all
select 
    
    cast('email_clicked' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A link in a campaign email clicked' as character varying)
 as "description"
union all
select 
    
    cast('email_unsubscribed' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer unsubscribed from email' as character varying)
 as "description"
union all
select 
    
    cast('email_spam_reported' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer reported an email as spam' as character varying)
 as "description"
union all
select 
    
    cast('wechat_subscribed' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer followed a WeChat official account or mini-program' as character varying)
 as "description"
union all
select 
    
    cast('wechat_unsubscribed' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer unfollowed a WeChat account' as character varying)
 as "description"
union all
select 
    
    cast('social_like' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A like on WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('social_comment' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A comment on WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('social_share' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A share of WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('survey_submitted' as character varying)
 as "event_type", 
    
    cast('survey' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A survey answered' as character varying)
 as "description"
union all
select 
    
    cast('ticket_opened' as character varying)
 as "event_type", 
    
    cast('service' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A customer service ticket opened' as character varying)
 as "description"
union all
select 
    
    cast('ticket_closed' as character varying)
 as "event_type", 
    
    cast('service' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A customer service ticket closed by the service team' as character varying)
 as "description"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-10-31 16:00:00' as TIMESTAMP)
 as "as_of_at"
), events as (
    select * from __dbt__cte__int_customer_events_unioned
    where person_id is not null
),

event_types as (
    select * from __dbt__cte__event_types
),

clock as (
    select * from __dbt__cte__int_profile_as_of
),

hours as (
    select cast(generated_number - 1 as integer) as hour_of_day
    from (
    select
        generate_series as generated_number
    from generate_series(1, 24)
) as series
),

weekdays as (
    select cast(generated_number as integer) as iso_weekday
    from (
    select
        generate_series as generated_number
    from generate_series(1, 7)
) as series
),

events_until_clock as (
    select
        events.person_id,
        events.event_type,
        events.channel,
        events.occurred_at,
        coalesce(event_types.is_customer_initiated, true) as is_customer_initiated,
        cast(floor(
        (date_diff('second', events.occurred_at::timestamp, clock.as_of_at::timestamp ))
     / 86400.0) as integer) as days_ago,
        timezone('Asia/Shanghai', timezone('UTC', events.occurred_at)) as occurred_local_at
    from events
    left join event_types
        on events.event_type = event_types.event_type
    cross join clock
    where events.occurred_at <= clock.as_of_at
),

activity as (
    select
        *,
        cast(extract(hour from occurred_local_at) as integer) as hour_of_day,
        cast(isodow(occurred_local_at) as integer) as iso_weekday,
        cast(occurred_local_at as date) as active_date
    from events_until_clock
    where is_customer_initiated
),

seen as (
    select
        person_id,
        min(occurred_at) as first_seen_at,
        max(occurred_at) as last_seen_at,
        count(*) as events_total
    from events_until_clock
    group by 1
),

active as (
    select
        person_id,
        max(occurred_at) as last_active_at,
        count(*) as active_events,
        count(case when days_ago < 30 then 1 end) as active_events_30d,
        count(case when days_ago < 90 then 1 end) as active_events_90d,
        count(distinct case when days_ago < 30 then active_date end) as active_days_30d,
        count(distinct case when days_ago < 90 then active_date end) as active_days_90d,
        count(case when channel = 'web' then 1 end) as web_events,
        count(case when channel = 'app' then 1 end) as app_events,
        count(case when channel = 'miniprogram' then 1 end) as miniprogram_events
    from activity
    group by 1
),

channel_counts as (
    select
        person_id,
        channel,
        count(*) as events,
        max(occurred_at) as last_occurred_at
    from activity
    where channel is not null
    group by 1, 2
),

channels_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by events desc, last_occurred_at desc, channel asc
        ) as channel_rank
    from channel_counts
),

preferred_channels as (
    select
        person_id,
        channel as preferred_engagement_channel
    from channels_ranked
    where channel_rank = 1
),

hour_counts as (
    select
        person_id,
        hour_of_day,
        count(*) as events
    from activity
    group by 1, 2
),

-- every person gets all 24 hours and 7 days, zeros included, so the arrays line up
hour_grid as (
    select
        active.person_id,
        hours.hour_of_day,
        coalesce(hour_counts.events, 0) as events
    from active
    cross join hours
    left join hour_counts
        on active.person_id = hour_counts.person_id
        and hours.hour_of_day = hour_counts.hour_of_day
),

hour_profiles as (
    select
        person_id,
        list(events order by hour_of_day) as activity_by_hour
    from hour_grid
    group by 1
),

hours_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by events desc, hour_of_day asc
        ) as hour_rank
    from hour_counts
),

peak_hours as (
    select
        person_id,
        hour_of_day as peak_activity_hour
    from hours_ranked
    where hour_rank = 1
),

weekday_counts as (
    select
        person_id,
        iso_weekday,
        count(*) as events
    from activity
    group by 1, 2
),

weekday_grid as (
    select
        active.person_id,
        weekdays.iso_weekday,
        coalesce(weekday_counts.events, 0) as events
    from active
    cross join weekdays
    left join weekday_counts
        on active.person_id = weekday_counts.person_id
        and weekdays.iso_weekday = weekday_counts.iso_weekday
),

weekday_profiles as (
    select
        person_id,
        list(events order by iso_weekday) as activity_by_weekday
    from weekday_grid
    group by 1
),

weekdays_ranked as (
    select
        *,
        row_number() over (
            partition by person_id order by events desc, iso_weekday asc
        ) as day_rank
    from weekday_counts
),

peak_weekdays as (
    select
        person_id,
        iso_weekday as peak_activity_weekday
    from weekdays_ranked
    where day_rank = 1
),

digital_mix as (
    select
        person_id,
        web_events + app_events + miniprogram_events as digital_events,
        case
            when web_events + app_events + miniprogram_events > 0
                then
                    cast(
                        round(web_events / (web_events + app_events + miniprogram_events), 4)
                        as double
                    )
        end as web_event_share,
        case
            when web_events + app_events + miniprogram_events > 0
                then
                    cast(
                        round(app_events / (web_events + app_events + miniprogram_events), 4)
                        as double
                    )
        end as app_event_share,
        case
            when web_events + app_events + miniprogram_events > 0
                then
                    cast(
                        round(
                            miniprogram_events / (web_events + app_events + miniprogram_events), 4
                        )
                        as double
                    )
        end as miniprogram_event_share,
        case
            when web_events + app_events + miniprogram_events = 0 then null
            when app_events >= web_events and app_events >= miniprogram_events then 'app'
            when miniprogram_events >= web_events then 'miniprogram'
            else 'web'
        end as primary_digital_platform
    from active
),

final as (
    select
        seen.person_id,
        seen.first_seen_at,
        seen.last_seen_at,
        active.last_active_at,
        seen.events_total,
        coalesce(active.active_events, 0) as active_events,
        coalesce(active.active_events_30d, 0) as active_events_30d,
        coalesce(active.active_events_90d, 0) as active_events_90d,
        coalesce(active.active_days_30d, 0) as active_days_30d,
        coalesce(active.active_days_90d, 0) as active_days_90d,
        preferred_channels.preferred_engagement_channel,
        coalesce(digital_mix.digital_events, 0) as digital_events,
        digital_mix.web_event_share,
        digital_mix.app_event_share,
        digital_mix.miniprogram_event_share,
        digital_mix.primary_digital_platform,
        hour_profiles.activity_by_hour,
        peak_hours.peak_activity_hour,
        weekday_profiles.activity_by_weekday,
        peak_weekdays.peak_activity_weekday
    from seen
    left join active
        on seen.person_id = active.person_id
    left join preferred_channels
        on seen.person_id = preferred_channels.person_id
    left join digital_mix
        on seen.person_id = digital_mix.person_id
    left join hour_profiles
        on seen.person_id = hour_profiles.person_id
    left join peak_hours
        on seen.person_id = peak_hours.person_id
    left join weekday_profiles
        on seen.person_id = weekday_profiles.person_id
    left join peak_weekdays
        on seen.person_id = peak_weekdays.person_id
)

select * from final
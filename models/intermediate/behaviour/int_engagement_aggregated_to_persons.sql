{{ config(**person_scoped_config()) }}

{#- One row per person with at least one event at or before the profile clock: when they were
    first and last seen, how active they were recently, their preferred engagement channel, their
    device mix (web, app, mini-program) and when in the day and week they are active, in the
    business time zone (portrait__default_timezone). Activity means customer-initiated events
    (event_types.is_customer_initiated): a campaign email that was only sent does not count. -#}
with

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    where {{ in_person_scope() }}
        and person_id is not null
),

event_types as (
    select * from {{ ref('event_types') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

hours as (
    select cast(generated_number - 1 as integer) as hour_of_day
    from ({{ dbt.generate_series(24) }}) as series
),

weekdays as (
    select cast(generated_number as integer) as iso_weekday
    from ({{ dbt.generate_series(7) }}) as series
),

events_until_clock as (
    select
        events.person_id,
        events.event_type,
        events.channel,
        events.occurred_at,
        coalesce(event_types.is_customer_initiated, true) as is_customer_initiated,
        {{ days_between('events.occurred_at', 'clock.as_of_at') }} as days_ago,
        {{ to_local_time('events.occurred_at') }} as occurred_local_at
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
        cast({{ iso_weekday('occurred_local_at') }} as integer) as iso_weekday,
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
        {{ ordered_array_agg('events', 'hour_of_day') }} as activity_by_hour
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
        {{ ordered_array_agg('events', 'iso_weekday') }} as activity_by_weekday
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

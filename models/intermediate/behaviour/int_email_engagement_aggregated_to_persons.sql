{{ config(**person_scoped_config()) }}

{#- One row per person who was sent or engaged with a campaign email at or before the profile
    clock. Rates are per campaign, not per event, so opening one email five times is one open:
    open rate = campaigns opened / campaigns reached; click rate = campaigns clicked / campaigns
    reached; a campaign reached the person when it was delivered, opened or clicked (an open
    proves delivery even where the delivery event is missing). -#}
with

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    where {{ in_person_scope() }}
        and person_id is not null and source_name = 'email_events'
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

events_until_clock as (
    select events.*
    from events
    cross join clock
    where events.occurred_at <= clock.as_of_at
),

campaign_events as (
    select
        events.person_id,
        events.campaign_id,
        max(case when events.event_type = 'email_sent' then 1 else 0 end) as was_sent,
        max(
            case
                when events.event_type in ('email_delivered', 'email_opened', 'email_clicked')
                    then 1
                else 0
            end
        ) as was_reached,
        max(case when events.event_type = 'email_opened' then 1 else 0 end) as was_opened,
        max(case when events.event_type = 'email_clicked' then 1 else 0 end) as was_clicked,
        max(case when events.event_type = 'email_bounced' then 1 else 0 end) as was_bounced
    from events_until_clock as events
    group by 1, 2
),

per_person as (
    select
        person_id,
        count(case when was_sent = 1 then 1 end) as emails_sent,
        count(case when was_reached = 1 then 1 end) as emails_reached,
        count(case when was_opened = 1 then 1 end) as emails_opened,
        count(case when was_clicked = 1 then 1 end) as emails_clicked,
        count(case when was_bounced = 1 then 1 end) as emails_bounced
    from campaign_events
    group by 1
),

last_engagement as (
    select
        person_id,
        max(case when event_type = 'email_opened' then occurred_at end) as last_email_opened_at,
        max(case when event_type = 'email_clicked' then occurred_at end) as last_email_clicked_at
    from events_until_clock
    group by 1
),

final as (
    select
        per_person.person_id,
        per_person.emails_sent,
        per_person.emails_reached,
        per_person.emails_opened,
        per_person.emails_clicked,
        per_person.emails_bounced,
        case
            when per_person.emails_reached > 0
                then cast(round(per_person.emails_opened / per_person.emails_reached, 4) as double)
        end as email_open_rate,
        case
            when per_person.emails_reached > 0
                then cast(round(per_person.emails_clicked / per_person.emails_reached, 4) as double)
        end as email_click_rate,
        last_engagement.last_email_opened_at,
        last_engagement.last_email_clicked_at
    from per_person
    left join last_engagement
        on per_person.person_id = last_engagement.person_id
)

select * from final

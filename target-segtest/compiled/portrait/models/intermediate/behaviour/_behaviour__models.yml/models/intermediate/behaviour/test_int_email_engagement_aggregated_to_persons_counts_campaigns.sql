with

 __dbt__cte__int_customer_events_unioned as (

-- Fixture for int_customer_events_unioned
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 09:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_delivered' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 09:01:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 12:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-02 12:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-03 12:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_clicked' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-02 12:01:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-10 09:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k2' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-11 08:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k2' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-15 09:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k3' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_bounced' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-15 09:01:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k3' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-20 09:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k4' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-01 00:00:01' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k5' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-01 08:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k5' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_clicked' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-01 08:01:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k5' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('web_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-05 09:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast(null as character varying(256))
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 09:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p_3' as character varying)
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-02 08:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k5' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast(null as character varying(256))
 as "person_id", 
    
    cast('email_events' as character varying)
 as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_opened' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-10-01 12:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", 
    
    cast('k1' as character varying)
 as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"
), events as (
    select * from __dbt__cte__int_customer_events_unioned
    where person_id is not null and source_name = 'email_events'
),

clock as (
    select * from __dbt__cte__int_profile_as_of
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
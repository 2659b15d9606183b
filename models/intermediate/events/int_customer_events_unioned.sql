{{ config(
    meta={'cluster_by': ['person_id']},
    materialized='incremental',
    incremental_strategy='rewrite_records',
    unique_key=['source_name', 'source_record_id'],
    rewrite_records_persons='idn_source_record_persons',
    on_schema_change='fail',
    pre_hook=[
        "{{ require_current_logs() }}",
        "{{ event_records_scope([
            ['web_events', ref('stg_segment__messages'), 'message_id'],
            ['orders', ref('stg_commerce__orders'), 'order_id',
             ref('int_orders_joined_to_persons')],
            ['email_events', ref('stg_esp__email_events'), 'email_event_id'],
            ['wechat_followers', ref('stg_wechat__followers'), 'follower_id'],
            ['social_interactions', ref('stg_social__interactions'), 'interaction_id'],
            ['survey_responses', ref('stg_survey__responses'), 'response_id'],
            ['support_tickets', ref('stg_support__tickets'), 'ticket_id'],
        ], ref('idn_source_record_persons')) }}",
    ],
    post_hook="{{ record_build_of_this() }}",
) }}

{#- One row per customer event from every behavioural source, with its person (null when the
    record resolved to no person: its only identifiers are blocked or shared). Segment messages
    are web, app and mini-program events; an order is placed and may later be refunded or
    cancelled; an email, social, WeChat, survey or support record is one event each, except a
    ticket (opened, then closed) and a WeChat follow (subscribed, then unsubscribed).

    Incremental (per record, the rewrite_records strategy): a build writes the events of the
    records staged since the last build (for orders: written again by
    int_orders_joined_to_persons), and of every record whose person changed since, so a merge
    or a split moves the records' past events with them. A record that identity resolution
    placed again under the person it had keeps its rows. The pre-hook (event_records_scope)
    lists the records staged for the first time since, whose rows the delete does not search
    for (they have none yet), and the records whose persons this select must search for in all
    of idn_source_record_persons: those staged before whose resolution was not written since.
    The delete searches for the other records' rows under their persons only (see the
    strategy). -#}
with

{% if is_incremental() %}
{%- set resolutions = ref('idn_source_record_persons') %}
{%- set retracted_log = resolutions.schema ~ '.' ~ resolutions.identifier ~ '__retracted' %}

-- the records whose person changed since the last build. idn_source_record_persons logs a
-- record's rows in its retraction log before it writes the record again, so the rows written
-- since and the rows retracted since differ exactly for the records that gained or lost a person
person_changes as (
    select distinct source_name, source_record_id from (
        (
            select source_name, source_record_id, person_id
            from {{ ref('idn_source_record_persons') }}
            where true {{ written_since_last_build() }}
            except
            select source_name, source_record_id, person_id
            from {{ retracted_log }}
            where true {{ written_since_last_build() }}
        )
        union all
        (
            select source_name, source_record_id, person_id
            from {{ retracted_log }}
            where true {{ written_since_last_build() }}
            except
            select source_name, source_record_id, person_id
            from {{ ref('idn_source_record_persons') }}
            where true {{ written_since_last_build() }}
        )
    ) as changed
),

{% endif %}

messages as (
    {{ records_in_scope(ref('stg_segment__messages'), 'web_events', 'message_id') }}
),

orders as (
    {{ records_in_scope(ref('int_orders_joined_to_persons'), 'orders', 'order_id') }}
),

email_events as (
    {{ records_in_scope(ref('stg_esp__email_events'), 'email_events', 'email_event_id') }}
),

followers as (
    {{ records_in_scope(ref('stg_wechat__followers'), 'wechat_followers', 'follower_id') }}
),

interactions as (
    {{ records_in_scope(ref('stg_social__interactions'), 'social_interactions', 'interaction_id') }}
),

surveys as (
    {{ records_in_scope(ref('stg_survey__responses'), 'survey_responses', 'response_id') }}
),

tickets as (
    {{ records_in_scope(ref('stg_support__tickets'), 'support_tickets', 'ticket_id') }}
),


message_events as (
    select
        'web_events' as source_name,
        message_id as source_record_id,
        message_id as event_id,
        case
            when message_type = 'page' then 'page_viewed'
            when message_type = 'screen' then 'screen_viewed'
            when message_type = 'identify' then 'identified'
            when message_type = 'alias' then 'aliased'
            else replace(lower(trim(event_name)), ' ', '_')
        end as event_type,
        platform as channel,
        occurred_at,
        product_sku,
        split_part(category_path, '>', 1) as category,
        order_id,
        cart_id,
        cast(null as varchar) as campaign_id,
        cast(null as varchar) as store_id,
        coalesce(value_amount, price_amount * coalesce(quantity, 1)) as amount,
        currency,
        coalesce(device_type, os_name, platform) as device_type
    from messages
),

order_events as (
    select
        'orders' as source_name,
        order_id as source_record_id,
        order_id || ':placed' as event_id,
        'order_placed' as event_type,
        channel,
        ordered_at as occurred_at,
        cast(null as varchar) as product_sku,
        cast(null as varchar) as category,
        order_id,
        cast(null as varchar) as cart_id,
        cast(null as varchar) as campaign_id,
        store_id,
        gross_amount as amount,
        currency,
        cast(null as varchar) as device_type
    from orders
    union all
    select
        'orders' as source_name,
        order_id as source_record_id,
        order_id || ':' || status as event_id,
        'order_' || status as event_type,
        channel,
        updated_at as occurred_at,
        cast(null as varchar) as product_sku,
        cast(null as varchar) as category,
        order_id,
        cast(null as varchar) as cart_id,
        cast(null as varchar) as campaign_id,
        store_id,
        -1 * gross_amount as amount,
        currency,
        cast(null as varchar) as device_type
    from orders
    where is_refunded or is_cancelled
),

email_activity as (
    select
        'email_events' as source_name,
        email_event_id as source_record_id,
        email_event_id as event_id,
        case event_type
            when 'send' then 'email_sent'
            when 'delivery' then 'email_delivered'
            when 'open' then 'email_opened'
            when 'click' then 'email_clicked'
            when 'bounce' then 'email_bounced'
            when 'unsubscribe' then 'email_unsubscribed'
            when 'spam_complaint' then 'email_spam_reported'
            else 'email_' || event_type
        end as event_type,
        'email' as channel,
        occurred_at,
        cast(null as varchar) as product_sku,
        cast(null as varchar) as category,
        cast(null as varchar) as order_id,
        cast(null as varchar) as cart_id,
        campaign_id,
        cast(null as varchar) as store_id,
        cast(null as decimal(18, 2)) as amount,
        cast(null as varchar) as currency,
        cast(null as varchar) as device_type
    from email_events
),

follower_events as (
    select
        'wechat_followers' as source_name,
        follower_id as source_record_id,
        follower_id || ':subscribed' as event_id,
        'wechat_subscribed' as event_type,
        'wechat' as channel,
        subscribed_at as occurred_at
    from followers
    where subscribed_at is not null
    union all
    select
        'wechat_followers' as source_name,
        follower_id as source_record_id,
        follower_id || ':unsubscribed' as event_id,
        'wechat_unsubscribed' as event_type,
        'wechat' as channel,
        unsubscribed_at as occurred_at
    from followers
    where unsubscribed_at is not null
),

social_events as (
    select
        'social_interactions' as source_name,
        interaction_id as source_record_id,
        interaction_id as event_id,
        'social_' || interaction_type as event_type,
        platform as channel,
        occurred_at
    from interactions
),

survey_events as (
    select
        'survey_responses' as source_name,
        response_id as source_record_id,
        response_id as event_id,
        'survey_submitted' as event_type,
        'survey' as channel,
        submitted_at as occurred_at
    from surveys
),

ticket_events as (
    select
        'support_tickets' as source_name,
        ticket_id as source_record_id,
        ticket_id || ':opened' as event_id,
        'ticket_opened' as event_type,
        'support' as channel,
        opened_at as occurred_at
    from tickets
    union all
    select
        'support_tickets' as source_name,
        ticket_id as source_record_id,
        ticket_id || ':closed' as event_id,
        'ticket_closed' as event_type,
        'support' as channel,
        closed_at as occurred_at
    from tickets
    where closed_at is not null
),

-- the sources without products, orders or amounts share one shape
other_events as (
    select * from follower_events
    union all
    select * from social_events
    union all
    select * from survey_events
    union all
    select * from ticket_events
),

other_events_widened as (
    select
        source_name,
        source_record_id,
        event_id,
        event_type,
        channel,
        occurred_at,
        cast(null as varchar) as product_sku,
        cast(null as varchar) as category,
        cast(null as varchar) as order_id,
        cast(null as varchar) as cart_id,
        cast(null as varchar) as campaign_id,
        cast(null as varchar) as store_id,
        cast(null as decimal(18, 2)) as amount,
        cast(null as varchar) as currency,
        cast(null as varchar) as device_type
    from other_events
),

all_events as (
    select * from message_events
    union all
    select * from order_events
    union all
    select * from email_activity
    union all
    select * from other_events_widened
),

{% if is_incremental() %}

-- the records whose persons may have been written before the last build: those read by their
-- loaded_at that were staged before it and whose resolution was not written since (listed by
-- the pre-hook). Only their one row in idn_source_record_persons is searched for in the whole
-- table (36M rows at 1,000,000 persons, a scan of 1.7 s), and most batches list none. The
-- persons of the other records are among the rows written since.
records_resolved_before as (
    select * from {{ this.schema }}.{{ this.identifier }}__resolved_before
),

{% endif %}

-- imported here rather than at the top: an incremental build reads the resolutions of its own
-- records only. Joined with all of them (36M rows at 1,000,000 persons), DuckDB built its hash
-- table on every resolution, 9 s of a 10,000-event micro-batch.
record_persons as (
    select * from {{ ref('idn_source_record_persons') }}
    {%- if is_incremental() %}
    where true {{ written_since_last_build() }}
    union all
    select * from {{ ref('idn_source_record_persons') }}
    where loaded_at <= {{ last_build_of_this() }}
        and source_record_id in (
            select records_resolved_before.source_record_id from records_resolved_before
        )
    {%- endif %}
),

events_joined_to_persons as (
    select
        all_events.source_name || ':' || all_events.event_id as event_id,
        record_persons.person_id,
        all_events.source_name,
        all_events.source_record_id,
        all_events.event_type,
        all_events.channel,
        all_events.occurred_at,
        all_events.product_sku,
        all_events.category,
        all_events.order_id,
        all_events.cart_id,
        all_events.campaign_id,
        all_events.store_id,
        all_events.amount,
        all_events.currency,
        all_events.device_type,
        {{ build_started_at() }} as loaded_at
    from all_events
    left join record_persons
        on all_events.source_name = record_persons.source_name
        and all_events.source_record_id = record_persons.source_record_id
),

final as (
    select * from events_joined_to_persons
)

select * from final
{{ clustered_by(not is_incremental()) }}

-- depends_on: {{ ref('stg_commerce__orders') }} (read by the pre-hook)

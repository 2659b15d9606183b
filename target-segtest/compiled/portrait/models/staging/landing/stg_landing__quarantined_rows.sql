with


web_events_quarantined as (
    select
        'web_events' as source_name,
        source_file,
        message_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_segment__messages"
    where quarantine_reason is not null
),


orders_quarantined as (
    select
        'orders' as source_name,
        source_file,
        order_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_commerce__orders"
    where quarantine_reason is not null
),


order_items_quarantined as (
    select
        'order_items' as source_name,
        source_file,
        order_id || '-' || cast(try_cast(line_number as integer) as varchar) as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_commerce__order_items"
    where quarantine_reason is not null
),


crm_contacts_quarantined as (
    select
        'crm_contacts' as source_name,
        source_file,
        contact_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_crm__contacts"
    where quarantine_reason is not null
),


email_events_quarantined as (
    select
        'email_events' as source_name,
        source_file,
        event_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_esp__email_events"
    where quarantine_reason is not null
),


wechat_followers_quarantined as (
    select
        'wechat_followers' as source_name,
        source_file,
        app_id || ':' || openid as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_wechat__followers"
    where quarantine_reason is not null
),


social_interactions_quarantined as (
    select
        'social_interactions' as source_name,
        source_file,
        interaction_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_social__interactions"
    where quarantine_reason is not null
),


survey_responses_quarantined as (
    select
        'survey_responses' as source_name,
        source_file,
        response_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_survey__responses"
    where quarantine_reason is not null
),


support_tickets_quarantined as (
    select
        'support_tickets' as source_name,
        source_file,
        ticket_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_support__tickets"
    where quarantine_reason is not null
),


consent_events_quarantined as (
    select
        'consent_events' as source_name,
        source_file,
        consent_event_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_privacy__consent_events"
    where quarantine_reason is not null
),


deletion_requests_quarantined as (
    select
        'deletion_requests' as source_name,
        source_file,
        request_id as source_record_id,
        quarantine_reason,
        raw_record
    from "warehouse"."main"."base_privacy__deletion_requests"
    where quarantine_reason is not null
),


unioned as (
    select * from web_events_quarantined
    union all
    select * from orders_quarantined
    union all
    select * from order_items_quarantined
    union all
    select * from crm_contacts_quarantined
    union all
    select * from email_events_quarantined
    union all
    select * from wechat_followers_quarantined
    union all
    select * from social_interactions_quarantined
    union all
    select * from survey_responses_quarantined
    union all
    select * from support_tickets_quarantined
    union all
    select * from consent_events_quarantined
    union all
    select * from deletion_requests_quarantined
),

final as (
    select * from unioned
)

select * from final
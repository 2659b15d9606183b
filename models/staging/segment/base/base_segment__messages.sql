{{ config(materialized='table') }}

{#- Segment Spec messages. A retried message re-sends the same messageId; the copy received
    first is staged. -#}
{{ landing_base(
    table_name='web_events',
    fields=[
        ['message_id', '$.messageId'], ['message_type', '$.type'],
        ['anonymous_id', '$.anonymousId'], ['user_id', '$.userId'],
        ['previous_id', '$.previousId'], ['event_name', '$.event'], ['screen_name', '$.name'],
        ['event_timestamp', '$.timestamp'], ['original_timestamp', '$.originalTimestamp'],
        ['sent_at', '$.sentAt'], ['received_at', '$.receivedAt'],
        ['properties', '$.properties'], ['traits', '$.traits'],
        ['context_ip', '$.context.ip'], ['context_user_agent', '$.context.userAgent'],
        ['context_locale', '$.context.locale'],
        ['page_url', '$.context.page.url'], ['page_path', '$.context.page.path'],
        ['page_referrer', '$.context.page.referrer'], ['page_title', '$.context.page.title'],
        ['campaign_name', '$.context.campaign.name'],
        ['campaign_source', '$.context.campaign.source'],
        ['campaign_medium', '$.context.campaign.medium'],
        ['device_id', '$.context.device.id'], ['device_type', '$.context.device.type'],
        ['device_model', '$.context.device.model'],
        ['device_manufacturer', '$.context.device.manufacturer'],
        ['app_name', '$.context.app.name'], ['app_version', '$.context.app.version'],
        ['library_name', '$.context.library.name'],
        ['library_version', '$.context.library.version'],
        ['os_name', '$.context.os.name'], ['os_version', '$.context.os.version'],
    ],
    key='message_id',
    preferred_first='received_at_utc asc nulls last',
    timestamps=['event_timestamp', 'received_at'],
    checks=[
        ['missing_key', 'message_id is null'],
        ['unknown_message_type',
            "coalesce(message_type, '') not in ('identify', 'track', 'page', 'screen', 'alias')"],
        ['missing_key', "message_type = 'track' and event_name is null"],
        ['missing_identity', 'anonymous_id is null and user_id is null'],
        ['invalid_timestamp', 'event_timestamp_utc is null'],
        ['future_timestamp', is_future('event_timestamp_utc')],
    ],
) }}

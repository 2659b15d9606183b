{{ config(materialized='table') }}

{#- Tickets are exported again when they close; the latest version is staged. -#}
{{ landing_base(
    table_name='support_tickets',
    fields=[
        'ticket_id', 'channel', 'phone', 'email', 'member_id', 'category', 'opened_at',
        'closed_at', 'satisfaction_score',
    ],
    key='ticket_id',
    preferred_first=to_utc('closed_at') ~ ' desc nulls last',
    checks=[
        ['missing_key', 'ticket_id is null'],
        ['invalid_timestamp', to_utc('opened_at') ~ ' is null'],
        ['future_timestamp', is_future(to_utc('opened_at'))],
    ],
) }}

{#- Tickets are exported again when they close; the latest version is staged. -#}
{{ landing_base(
    table_name='support_tickets',
    fields=[
        'ticket_id', 'channel', 'phone', 'email', 'member_id', 'category', 'opened_at',
        'closed_at', 'satisfaction_score',
    ],
    key='ticket_id',
    preferred_first='closed_at_utc desc nulls last',
    timestamps=['opened_at', 'closed_at'],
    checks=[
        ['missing_key', 'ticket_id is null'],
        ['invalid_timestamp', 'opened_at_utc is null'],
        ['future_timestamp', is_future('opened_at_utc')],
    ],
) }}

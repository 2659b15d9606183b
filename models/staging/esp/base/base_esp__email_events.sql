{{ landing_base(
    table_name='email_events',
    fields=[
        'event_id', 'email', 'campaign_id', 'campaign_name', 'event_type', 'occurred_at', 'url',
        'bounce_type', 'user_agent',
    ],
    key='event_id',
    preferred_first='source_file desc',
    timestamps=['occurred_at'],
    checks=[
        ['missing_key', 'event_id is null'],
        ['missing_identity', 'email is null'],
        ['unknown_event_type',
            "coalesce(lower(event_type), '') not in ('send', 'delivery', 'open', 'click', "
            ~ "'bounce', 'unsubscribe', 'spam_complaint')"],
        ['invalid_timestamp', 'occurred_at_utc is null'],
        ['future_timestamp', is_future('occurred_at_utc')],
    ],
) }}

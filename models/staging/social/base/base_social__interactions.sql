{{ landing_base(
    table_name='social_interactions',
    fields=[
        'interaction_id', 'platform', 'platform_user_id', 'app_id', 'interaction_type',
        'content_id', 'comment_text', 'occurred_at',
    ],
    key='interaction_id',
    preferred_first='source_file desc',
    timestamps=['occurred_at'],
    checks=[
        ['missing_key', 'interaction_id is null'],
        ['missing_identity', 'platform_user_id is null'],
        ['invalid_timestamp', 'occurred_at_utc is null'],
        ['future_timestamp', is_future('occurred_at_utc')],
    ],
) }}

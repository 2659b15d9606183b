{{ landing_base(
    table_name='survey_responses',
    fields=[
        'response_id', 'survey_id', 'respondent_email', 'respondent_phone',
        'respondent_member_id', 'submitted_at', 'answers',
    ],
    key='response_id',
    preferred_first='source_file desc',
    timestamps=['submitted_at'],
    checks=[
        ['missing_key', 'response_id is null'],
        ['invalid_timestamp', 'submitted_at_utc is null'],
        ['future_timestamp', is_future('submitted_at_utc')],
    ],
) }}

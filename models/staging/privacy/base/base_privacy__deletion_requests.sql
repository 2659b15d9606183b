{{ landing_base(
    table_name='deletion_requests',
    fields=['request_id', 'id_type', 'id_value', 'requested_at', 'source'],
    key='request_id',
    preferred_first='source_file desc',
    timestamps=['requested_at'],
    checks=[
        ['missing_key', 'request_id is null'],
        ['missing_identity', 'id_type is null or id_value is null'],
        ['invalid_identifier', normalize_identifier('id_type', 'id_value') ~ ' is null'],
        ['invalid_timestamp', 'requested_at_utc is null'],
    ],
) }}

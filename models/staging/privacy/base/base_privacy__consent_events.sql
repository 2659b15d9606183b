{#- A withdrawal of consent must never be lost: a revocation without a usable time, or dated in
    the future, is still staged (and wins in dim_customer_consents), not quarantined. -#}

{{ landing_base(
    table_name='consent_events',
    fields=[
        'consent_event_id', 'id_type', 'id_value', 'purpose', 'action', 'occurred_at', 'source',
        'legal_basis',
    ],
    key='consent_event_id',
    preferred_first='source_file desc',
    timestamps=['occurred_at'],
    checks=[
        ['missing_key', 'consent_event_id is null'],
        ['missing_identity', 'id_type is null or id_value is null'],
        ['invalid_identifier', normalize_identifier('id_type', 'id_value') ~ ' is null'],
        ['unknown_purpose',
            "coalesce(lower(purpose), '') not in (select purpose from "
            ~ ref('consent_purposes') ~ ")"],
        ['unknown_action', "coalesce(lower(action), '') not in ('granted', 'revoked')"],
        ['invalid_timestamp', "occurred_at_utc is null and lower(action) != 'revoked'"],
        ['future_timestamp', is_future('occurred_at_utc') ~ " and lower(action) != 'revoked'"],
    ],
) }}

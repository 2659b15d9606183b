{{ landing_base(
    table_name='crm_contacts',
    fields=[
        'contact_id', 'source_system', 'first_name', 'last_name', 'full_name', 'gender',
        'birth_date', 'email', 'phone', 'national_id', 'address_line1', 'address_line2', 'city',
        'district', 'province', 'postcode', 'country', 'loyalty_member_id', 'created_at',
        'updated_at',
    ],
    key='contact_id',
    preferred_first='updated_at_utc desc nulls last',
    timestamps=['updated_at'],
    checks=[
        ['missing_key', 'contact_id is null'],
    ],
) }}

{#- Orders, one row per delivered version; the version with the latest updated_at is staged. -#}
{{ landing_base(
    table_name='orders',
    fields=[
        'order_id', 'channel', 'store_id', 'account_id', 'email', 'phone', 'ordered_at',
        'status', 'currency', 'total_amount', 'updated_at', 'receiver_name',
        'shipping_province', 'shipping_city', 'shipping_address',
    ],
    key='order_id',
    preferred_first='updated_at_utc desc nulls last',
    timestamps=['ordered_at', 'updated_at'],
    checks=[
        ['missing_key', 'order_id is null'],
        ['invalid_timestamp', 'ordered_at_utc is null'],
        ['future_timestamp', is_future('ordered_at_utc')],
        ['invalid_amount', 'try_cast(total_amount as decimal(18, 2)) is null'],
        ['negative_amount', 'try_cast(total_amount as decimal(18, 2)) < 0'],
        ['unknown_status',
            "coalesce(lower(status), '') not in "
            ~ "('created', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')"],
    ],
) }}

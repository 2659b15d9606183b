{{ config(materialized='table') }}

{#- Orders, one row per delivered version; the version with the latest updated_at is staged. -#}
{{ landing_base(
    table_name='orders',
    fields=[
        'order_id', 'channel', 'store_id', 'account_id', 'email', 'phone', 'ordered_at',
        'status', 'currency', 'total_amount', 'updated_at', 'receiver_name',
        'shipping_province', 'shipping_city', 'shipping_address',
    ],
    key='order_id',
    preferred_first=to_utc('updated_at') ~ ' desc nulls last',
    checks=[
        ['missing_key', 'order_id is null'],
        ['invalid_timestamp', to_utc('ordered_at') ~ ' is null'],
        ['future_timestamp', is_future(to_utc('ordered_at'))],
        ['invalid_amount', 'try_cast(total_amount as decimal(18, 2)) is null'],
        ['negative_amount', 'try_cast(total_amount as decimal(18, 2)) < 0'],
        ['unknown_status',
            "coalesce(lower(status), '') not in "
            ~ "('created', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')"],
    ],
) }}

{{ landing_base(
    table_name='order_items',
    fields=[
        'order_id', 'line_number', 'sku', 'product_name', 'category_path', 'quantity',
        'unit_price', 'discount_amount',
    ],
    key="order_id || '-' || cast(try_cast(line_number as integer) as varchar)",
    preferred_first='source_file desc',
    checks=[
        ['missing_key', 'order_id is null or try_cast(line_number as integer) is null'
            ~ ' or try_cast(line_number as double) != try_cast(line_number as integer)'],
        ['invalid_amount',
            'try_cast(quantity as integer) is null or try_cast(unit_price as decimal(18, 2)) is null'
            ~ ' or (discount_amount is not null'
            ~ ' and try_cast(discount_amount as decimal(18, 2)) is null)'],
        ['negative_amount',
            'try_cast(quantity as integer) < 0 or try_cast(unit_price as decimal(18, 2)) < 0'
            ~ ' or try_cast(discount_amount as decimal(18, 2)) < 0'],
    ],
) }}

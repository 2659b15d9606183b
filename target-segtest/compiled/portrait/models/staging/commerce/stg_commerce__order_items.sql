with

order_items as (
    select * from "warehouse"."main"."base_commerce__order_items"
    where quarantine_reason is null
),

normalized as (
    select
        order_id || '-' || cast(cast(line_number as integer) as varchar) as order_item_id,
        order_id,
        cast(line_number as integer) as line_number,
        sku,
        nullif(trim(regexp_replace(
    translate(cast(product_name as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as product_name,
        nullif(trim(regexp_replace(
    translate(cast(category_path as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as category_path,
        cast(quantity as integer) as quantity,
        cast(unit_price as decimal(18, 2)) as unit_price_amount,
        coalesce(cast(discount_amount as decimal(18, 2)), 0) as discount_amount,
        source_file
    from order_items
),

final as (
    select
        *,
        split_part(category_path, '>', 1) as category_level1,
        quantity * unit_price_amount - discount_amount as line_net_amount
    from normalized
)

select * from final
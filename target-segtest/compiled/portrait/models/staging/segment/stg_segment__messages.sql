with

messages as (
    select * from "warehouse"."main"."base_segment__messages"
    where quarantine_reason is null
),

normalized as (
    select
        message_id,
        message_type,
        case
            when message_type = 'track' then event_name
            when message_type in ('page', 'screen') then screen_name
        end as event_name,
        anonymous_id,
        user_id,
        previous_id,
        event_timestamp_utc as occurred_at,
        case
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(sent_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{13}')
        then epoch_ms(cast(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(sent_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ) as bigint))
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(sent_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)? ?(Z|[+-][0-9]{2}(:?[0-9]{2})?)')
        then timezone(
            'UTC',
            try_strptime(regexp_replace(
                    regexp_replace(
                        regexp_replace(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(sent_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), ' ?Z$', '+00:00'),
                        ' ?([+-][0-9]{2})$',
                        '\1:00'
                    ),
                    ' ?([+-][0-9:]+)$',
                    '\1'
                ),
                [
                    '%Y-%m-%d %H:%M:%S%z',
                    '%Y-%m-%d %H:%M:%S.%f%z',
                    '%Y-%m-%d %H:%M%z',
                    '%Y-%m-%d%z'
                ]
            )
        )
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(sent_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ), '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)?')
        then timezone(
            'UTC',
            timezone(
                'Asia/Shanghai',
                try_strptime(
                    regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(sent_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        ),
                    ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%Y-%m-%d']
                )
            )
        )
end as sent_at,
        received_at_utc as received_at,
        case
            when library_name = 'analytics-miniprogram' then 'miniprogram'
            when library_name in ('analytics-ios', 'analytics-android') then 'app'
            when library_name is not null then 'web'
        end as platform,
        nullif(trim(json_extract_string(properties, '$.product_id')), '') as product_sku,
        nullif(trim(json_extract_string(properties, '$.category')), '') as category_path,
        try_cast(nullif(trim(json_extract_string(properties, '$.price')), '') as decimal(18, 2)) as price_amount,
        try_cast(nullif(trim(json_extract_string(properties, '$.quantity')), '') as integer) as quantity,
        nullif(trim(json_extract_string(properties, '$.cart_id')), '') as cart_id,
        nullif(trim(json_extract_string(properties, '$.order_id')), '') as order_id,
        try_cast(
            coalesce(
                nullif(trim(json_extract_string(properties, '$.total')), ''),
                nullif(trim(json_extract_string(properties, '$.value')), '')
            ) as decimal(18, 2)
        ) as value_amount,
        upper(nullif(trim(json_extract_string(properties, '$.currency')), '')) as currency,
        nullif(trim(json_extract_string(properties, '$.query')), '') as search_query,
        nullif(lower(replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.email')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '')), '') as trait_email,
        case
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)86[0-9]*') then null
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)[1-9][0-9]{7,14}')
        then '+' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(86)?1[3-9][0-9]{9}')
        then '+86' || right(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 11)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '0((10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || substr(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '[2-9][0-9]{10,14}') and not starts_with(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '86')
        then '+' || regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.phone')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g')
end
            as trait_phone_e164,
        nullif(trim(json_extract_string(traits, '$.phone')), '') as trait_phone_raw,
        case
    when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.name')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\p{Han} ·•・･‧.]*\p{Han}[\p{Han} ·•・･‧.]*')
        then regexp_replace(
            regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.name')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '', 'g'),
            '[•・･‧.]',
            '·',
            'g'
        )
    else nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.name')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')
end as trait_name,
        (
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            code_key as portrait_lookup_key,
            nullif(gender, '') as portrait_lookup_value
        from "warehouse"."main_reference"."gender_codes"
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = lower(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.gender')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''))
) as trait_gender,
        cast(
    case
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{8}')
            then try_strptime(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '%Y%m%d')
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}')
            then try_strptime(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[/.]', '-', 'g'), '%Y-%m-%d')
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}')
            then try_strptime(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[/.]', '-', 'g'), '%d-%m-%Y')
        when regexp_full_match(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[0-9]{4} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?[日号]?')
            then try_strptime(
                regexp_replace(
                    regexp_replace(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[ 日号]', '', 'g'),
                    '[年月]',
                    '-',
                    'g'
                ),
                '%Y-%m-%d'
            )
        when regexp_matches(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{1,2}:[0-9]{2}')
            then try_strptime(left(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.birthday')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), 10), '%Y-%m-%d')
    end
    as date
) as trait_birth_date,
        (
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            alias_key as portrait_lookup_key,
            nullif(canonical_name, '') as portrait_lookup_value
        from "warehouse"."main_reference"."region_aliases"
        where level = 'city'
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = nullif(
    regexp_replace(lower(nullif(trim(regexp_replace(
    translate(cast(nullif(trim(json_extract_string(traits, '$.city')), '') as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')), '[ ''’.,·-]', '', 'g'),
    ''
)
) as trait_city,
        nullif(trim(json_extract_string(traits, '$.wechat_app_id')), '') as trait_wechat_app_id,
        nullif(trim(json_extract_string(traits, '$.wechat_openid')), '') as trait_wechat_openid,
        nullif(trim(json_extract_string(traits, '$.wechat_unionid')), '') as trait_wechat_unionid,
        nullif(trim(json_extract_string(traits, '$.weibo_uid')), '') as trait_weibo_uid,
        nullif(trim(json_extract_string(traits, '$.douyin_open_id')), '') as trait_douyin_open_id,
        context_ip,
        context_user_agent,
        context_locale,
        page_url,
        page_path,
        page_referrer,
        page_title,
        campaign_name,
        campaign_source,
        campaign_medium,
        device_id,
        device_type,
        device_model,
        device_manufacturer,
        app_name,
        app_version,
        library_name,
        library_version,
        os_name,
        os_version,
        properties as properties_json,
        traits as traits_json,
        source_file
    from messages
),

flagged as (
    select
        * exclude (trait_phone_raw),
        (
    length(trait_email) <= 254
    and regexp_full_match(
        trait_email,
        '[a-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
        || '@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}'
    )
) as is_trait_email_valid,
        case
        when nullif(trim(trait_phone_raw), '') is not null
            then coalesce(case
    when trait_phone_e164 is not null
        then case
    when starts_with(trait_phone_e164, '+86') then
        case
            when regexp_full_match(trait_phone_e164, '\+861[3-9][0-9]{9}') then 'mobile'
            when regexp_full_match(
                trait_phone_e164, '\+86(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})'
            ) then 'landline'
        end
    when regexp_full_match(trait_phone_e164, '\+[1-9][0-9]{7,14}') then 'international'
end is not null
end, false)
    end
            as is_trait_phone_valid
    from normalized
),

final as (
    select * from flagged
)

select * from final
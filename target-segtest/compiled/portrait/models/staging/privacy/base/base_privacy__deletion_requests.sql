


with

records as (
    
    -- landing files read from '{{ env_var('PORTRAIT_LANDING', 'data/demo/landing') }}/deletion_requests/*.csv'
    select '/work/main/data/test/landing/deletion_requests/part-0000.csv' as source_file, to_json(struct_pack(*columns(*)))::varchar as raw_record, true as is_valid_record from read_csv('/work/main/data/test/landing/deletion_requests/part-0000.csv', all_varchar = true, header = true, delim = ',', quote = '"', escape = '"', strict_mode = false, null_padding = true, max_line_size = 67108864)
),

readable as (
    -- fields are only extracted from valid JSON objects; the rest is quarantined whole
    select
        *,
        case when is_valid_record then raw_record end as valid_record
    from records
),

parsed as (
    select
        source_file,
        raw_record,
        is_valid_record,
        nullif(trim(json_extract_string(valid_record, '$.request_id')), '') as request_id,
        nullif(trim(json_extract_string(valid_record, '$.id_type')), '') as id_type,
        nullif(trim(json_extract_string(valid_record, '$.id_value')), '') as id_value,
        nullif(trim(json_extract_string(valid_record, '$.requested_at')), '') as requested_at,
        nullif(trim(json_extract_string(valid_record, '$.source')), '') as source,
        request_id as record_key
    from readable
),

timed as (
    select
        *,
        case
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(requested_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(requested_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(requested_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(requested_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(requested_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(requested_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
end as requested_at_utc
    from parsed
),

flagged as (
    select
        *,
        case
        when not is_valid_record then 'malformed_json'
        when length(raw_record) > 100000 then 'oversized_record'
        when request_id is null then 'missing_key'
        when id_type is null or id_value is null then 'missing_identity'
        when case lower(id_type)
        when 'email' then nullif(lower(replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '')), '')
        when 'phone' then case
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)86[0-9]*') then null
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)[1-9][0-9]{7,14}')
        then '+' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(86)?1[3-9][0-9]{9}')
        then '+86' || right(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 11)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '0((10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || substr(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '[2-9][0-9]{10,14}') and not starts_with(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '86')
        then '+' || regexp_replace(nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g')
end
        else nullif(trim(regexp_replace(
    translate(cast(id_value as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '')
    end is null then 'invalid_identifier'
        when requested_at_utc is null then 'invalid_timestamp'
    end as row_quarantine_reason
    from timed
),

versioned as (
    select
        *,
        row_number() over (
            partition by record_key, row_quarantine_reason is null
            order by source_file desc, source_file desc, raw_record
        ) as version_rank,
        first_value(raw_record) over (
            partition by record_key, row_quarantine_reason is null
            order by source_file desc, source_file desc, raw_record
        ) as surviving_record
    from flagged
),

final as (
    select
        * exclude (is_valid_record, row_quarantine_reason, version_rank, surviving_record),
        case
            when row_quarantine_reason is not null then row_quarantine_reason
            when version_rank = 1 then null
            when raw_record = surviving_record then 'duplicate_record'
            else 'superseded_version'
        end as quarantine_reason
    from versioned
)

select * from final


with

records as (
    
    -- landing files read from '{{ env_var('PORTRAIT_LANDING', 'data/demo/landing') }}/web_events/*.jsonl'
    select '/work/main/data/test/landing/web_events/part-0000.jsonl' as source_file, raw_line as raw_record, case when json_valid(raw_line) then json_type(raw_line) = 'OBJECT' else false end as is_valid_record from read_csv('/work/main/data/test/landing/web_events/part-0000.jsonl', columns = {'raw_line': 'varchar'}, header = false, delim = chr(1), quote = '', escape = '', auto_detect = false, max_line_size = 67108864) where nullif(trim(raw_line), '') is not null
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
        nullif(trim(json_extract_string(valid_record, '$.messageId')), '') as message_id,
        nullif(trim(json_extract_string(valid_record, '$.type')), '') as message_type,
        nullif(trim(json_extract_string(valid_record, '$.anonymousId')), '') as anonymous_id,
        nullif(trim(json_extract_string(valid_record, '$.userId')), '') as user_id,
        nullif(trim(json_extract_string(valid_record, '$.previousId')), '') as previous_id,
        nullif(trim(json_extract_string(valid_record, '$.event')), '') as event_name,
        nullif(trim(json_extract_string(valid_record, '$.name')), '') as screen_name,
        nullif(trim(json_extract_string(valid_record, '$.timestamp')), '') as event_timestamp,
        nullif(trim(json_extract_string(valid_record, '$.originalTimestamp')), '') as original_timestamp,
        nullif(trim(json_extract_string(valid_record, '$.sentAt')), '') as sent_at,
        nullif(trim(json_extract_string(valid_record, '$.receivedAt')), '') as received_at,
        nullif(trim(json_extract_string(valid_record, '$.properties')), '') as properties,
        nullif(trim(json_extract_string(valid_record, '$.traits')), '') as traits,
        nullif(trim(json_extract_string(valid_record, '$.context.ip')), '') as context_ip,
        nullif(trim(json_extract_string(valid_record, '$.context.userAgent')), '') as context_user_agent,
        nullif(trim(json_extract_string(valid_record, '$.context.locale')), '') as context_locale,
        nullif(trim(json_extract_string(valid_record, '$.context.page.url')), '') as page_url,
        nullif(trim(json_extract_string(valid_record, '$.context.page.path')), '') as page_path,
        nullif(trim(json_extract_string(valid_record, '$.context.page.referrer')), '') as page_referrer,
        nullif(trim(json_extract_string(valid_record, '$.context.page.title')), '') as page_title,
        nullif(trim(json_extract_string(valid_record, '$.context.campaign.name')), '') as campaign_name,
        nullif(trim(json_extract_string(valid_record, '$.context.campaign.source')), '') as campaign_source,
        nullif(trim(json_extract_string(valid_record, '$.context.campaign.medium')), '') as campaign_medium,
        nullif(trim(json_extract_string(valid_record, '$.context.device.id')), '') as device_id,
        nullif(trim(json_extract_string(valid_record, '$.context.device.type')), '') as device_type,
        nullif(trim(json_extract_string(valid_record, '$.context.device.model')), '') as device_model,
        nullif(trim(json_extract_string(valid_record, '$.context.device.manufacturer')), '') as device_manufacturer,
        nullif(trim(json_extract_string(valid_record, '$.context.app.name')), '') as app_name,
        nullif(trim(json_extract_string(valid_record, '$.context.app.version')), '') as app_version,
        nullif(trim(json_extract_string(valid_record, '$.context.library.name')), '') as library_name,
        nullif(trim(json_extract_string(valid_record, '$.context.library.version')), '') as library_version,
        nullif(trim(json_extract_string(valid_record, '$.context.os.name')), '') as os_name,
        nullif(trim(json_extract_string(valid_record, '$.context.os.version')), '') as os_version,
        message_id as record_key
    from readable
),

timed as (
    select
        *,
        case
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(event_timestamp as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(event_timestamp as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(event_timestamp as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(event_timestamp as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(event_timestamp as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(event_timestamp as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
end as event_timestamp_utc,
        case
    when regexp_full_match(regexp_replace(
            regexp_replace(
                upper(nullif(trim(regexp_replace(
    translate(cast(received_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(received_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(received_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(received_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(received_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
    translate(cast(received_at as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
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
end as received_at_utc
    from parsed
),

flagged as (
    select
        *,
        case
        when not is_valid_record then 'malformed_json'
        when length(raw_record) > 100000 then 'oversized_record'
        when message_id is null then 'missing_key'
        when coalesce(message_type, '') not in ('identify', 'track', 'page', 'screen', 'alias') then 'unknown_message_type'
        when message_type = 'track' and event_name is null then 'missing_key'
        when anonymous_id is null and user_id is null then 'missing_identity'
        when event_timestamp_utc is null then 'invalid_timestamp'
        when event_timestamp_utc > 

    ((now() at time zone 'UTC') + cast(24 as bigint) * interval 1 hour) then 'future_timestamp'
    end as row_quarantine_reason
    from timed
),

versioned as (
    select
        *,
        row_number() over (
            partition by record_key, row_quarantine_reason is null
            order by received_at_utc asc nulls last, source_file desc, raw_record
        ) as version_rank,
        first_value(raw_record) over (
            partition by record_key, row_quarantine_reason is null
            order by received_at_utc asc nulls last, source_file desc, raw_record
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

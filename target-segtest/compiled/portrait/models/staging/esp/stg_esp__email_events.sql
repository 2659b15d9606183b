with

email_events as (
    select * from "warehouse"."main"."base_esp__email_events"
    where quarantine_reason is null
),

normalized as (
    select
        event_id as email_event_id,
        nullif(lower(replace(nullif(trim(regexp_replace(
    translate(cast(email as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '')), '') as email,
        campaign_id,
        campaign_name,
        lower(event_type) as event_type,
        occurred_at_utc as occurred_at,
        url as clicked_url,
        lower(bounce_type) as bounce_type,
        user_agent,
        source_file
    from email_events
),

final as (
    select
        *,
        (
    length(email) <= 254
    and regexp_full_match(
        email,
        '[a-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
        || '@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}'
    )
) as is_email_valid
    from normalized
)

select * from final
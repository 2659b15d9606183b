with

interactions as (
    select * from "warehouse"."main"."base_social__interactions"
    where quarantine_reason is null
),

final as (
    select
        interaction_id,
        lower(platform) as platform,
        platform_user_id,
        app_id,
        lower(interaction_type) as interaction_type,
        content_id,
        nullif(trim(regexp_replace(
    translate(cast(comment_text as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as comment_text,
        occurred_at_utc as occurred_at,
        source_file
    from interactions
)

select * from final
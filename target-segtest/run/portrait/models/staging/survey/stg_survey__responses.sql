
    

    create  table
      "warehouse"."main"."stg_survey__responses__dbt_tmp"
  
    
    as (
      with

responses as (
    select * from "warehouse"."main"."base_survey__responses"
    where quarantine_reason is null
),

final as (
    select
        response_id,
        survey_id,
        nullif(lower(replace(nullif(trim(regexp_replace(
    translate(cast(respondent_email as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), ' ', '')), '') as respondent_email,
        case
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)860?([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)86[0-9]*') then null
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)[1-9][0-9]{7,14}')
        then '+' || regexp_extract(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(\+|00)([0-9]+)', 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '(86)?1[3-9][0-9]{9}')
        then '+86' || right(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 11)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '0((10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || substr(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), 2)
    when regexp_full_match(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '[2-9][0-9]{10,14}') and not starts_with(regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g'), '86')
        then '+' || regexp_replace(nullif(trim(regexp_replace(
    translate(cast(respondent_phone as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), ''), '[\s\-./()]', '', 'g')
end
            as respondent_phone_e164,
        nullif(trim(regexp_replace(
    translate(cast(respondent_member_id as varchar), '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
)), '') as respondent_member_id,
        submitted_at_utc as submitted_at,
        nullif(trim(json_extract_string(answers, '$.interests')), '') as interests_json,
        lower(nullif(trim(json_extract_string(answers, '$.lifestyle')), '')) as lifestyle,
        nullif(trim(json_extract_string(answers, '$.values')), '') as values_json,
        case
            when try_cast(nullif(trim(json_extract_string(answers, '$.nps')), '') as integer) between 0 and 10
                then try_cast(nullif(trim(json_extract_string(answers, '$.nps')), '') as integer)
        end as nps_score,
        answers as answers_json,
        source_file
    from responses
)

select * from final
    );
    
  
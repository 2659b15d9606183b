{#-
    parse_date(expr): a DATE or null. After normalize_text (so full-width digits work) it reads
    YYYYMMDD; YYYY-MM-DD, YYYY/MM/DD and YYYY.MM.DD (one- or two-digit month and day);
    DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY (day first, as Chinese and European CRMs write it;
    never month first); YYYY年M月D日; and the date part of an ISO timestamp
    ('1987-02-03T10:00:00+08:00' -> 1987-02-03, as written, not shifted to UTC).
    Impossible dates ('1987-02-30', month 13) give null.
-#}
{% macro parse_date(expr) %}
    {{ return(adapter.dispatch('parse_date', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__parse_date(expr) -%}
    {%- set text = portrait.normalize_text(expr) -%}
cast(
    case
        when regexp_full_match({{ text }}, '[0-9]{8}')
            then try_strptime({{ text }}, '%Y%m%d')
        when regexp_full_match({{ text }}, '[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}')
            then try_strptime(regexp_replace({{ text }}, '[/.]', '-', 'g'), '%Y-%m-%d')
        when regexp_full_match({{ text }}, '[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}')
            then try_strptime(regexp_replace({{ text }}, '[/.]', '-', 'g'), '%d-%m-%Y')
        when regexp_full_match({{ text }}, '[0-9]{4} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?[日号]?')
            then try_strptime(
                regexp_replace(
                    regexp_replace({{ text }}, '[ 日号]', '', 'g'),
                    '[年月]',
                    '-',
                    'g'
                ),
                '%Y-%m-%d'
            )
        when regexp_matches({{ text }}, '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{1,2}:[0-9]{2}')
            then try_strptime(left({{ text }}, 10), '%Y-%m-%d')
    end
    as date
)
{%- endmacro %}

{#- Spark-flavoured (try_to_timestamp, Spark 3.5+). -#}
{% macro default__parse_date(expr) -%}
    {%- set text = portrait.normalize_text(expr) -%}
cast(
    case
        when regexp_like({{ text }}, '^[0-9]{8}$')
            then try_to_timestamp({{ text }}, 'yyyyMMdd')
        when regexp_like({{ text }}, '^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}$')
            then try_to_timestamp(regexp_replace({{ text }}, '[/.]', '-'), 'yyyy-M-d')
        when regexp_like({{ text }}, '^[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}$')
            then try_to_timestamp(regexp_replace({{ text }}, '[/.]', '-'), 'd-M-yyyy')
        when regexp_like({{ text }}, '^[0-9]{4} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?[日号]?$')
            then try_to_timestamp(
                regexp_replace(regexp_replace({{ text }}, '[ 日号]', ''), '[年月]', '-'),
                'yyyy-M-d'
            )
        when regexp_like({{ text }}, '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{1,2}:[0-9]{2}')
            then try_to_timestamp(substr({{ text }}, 1, 10), 'yyyy-MM-dd')
    end
    as date
)
{%- endmacro %}

{#-
    is_plausible_birth_date(date_expr): true when the date lies between 1900-01-01 and today
    (inclusive), false otherwise, null for null.
-#}
{% macro is_plausible_birth_date(date_expr) %}
    {{ return(adapter.dispatch('is_plausible_birth_date', 'portrait')(date_expr)) }}
{%- endmacro %}

{% macro default__is_plausible_birth_date(date_expr) -%}
({{ date_expr }} between cast('1900-01-01' as date) and current_date)
{%- endmacro %}

{#-
    to_utc(expr, default_tz=var('portrait__default_timezone')): a TIMESTAMP (without time zone)
    holding UTC wall-clock time, or null when the text cannot be read. Accepts
    - ISO 8601 with 'T' or a space, optional seconds and fraction, and an offset 'Z', '+08:00',
      '+0800' or '+08' (the offset is applied);
    - the same without an offset, and 'YYYY-MM-DD HH:MM:SS' or a bare date (read in default_tz,
      Asia/Shanghai unless the project variable says otherwise; '/' separators are accepted);
    - epoch milliseconds (exactly 13 digits).
    On DuckDB the ICU extension (built in) does the zone arithmetic, so the session TimeZone has
    no effect on the result.
-#}
{% macro to_utc(expr, default_tz=none) %}
    {%- set tz = default_tz or var('portrait__default_timezone', 'Asia/Shanghai') -%}
    {{ return(adapter.dispatch('to_utc', 'portrait')(expr, tz)) }}
{%- endmacro %}

{% macro duckdb__to_utc(expr, default_tz) -%}
    {#- 'T' and '/' separators become ' ' and '-', so one set of formats covers them. -#}
    {%- set text -%}
        regexp_replace(
            regexp_replace(
                upper({{ portrait.normalize_text(expr) }}),
                '^([0-9]{4})/([0-9]{1,2})/',
                '\1-\2-'
            ),
            '^([0-9-]+)T',
            '\1 '
        )
    {%- endset -%}
    {%- set datetime_re = '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}'
        ~ '( [0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?)?' -%}
    {%- set raw = 'cast(' ~ expr ~ ' as varchar)' -%}
case
    {#- The form event pipelines write (Segment, most APIs): UTC to the second with a 'Z'. It
        skips the cleaning and rewriting below, which cost ten times more, and is read as the
        general path reads it (the list form of try_strptime, which rolls 02-30 over to 03-02). #}
    when regexp_full_match({{ raw }}, '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z')
        then timezone(
            'UTC',
            try_strptime(
                left({{ raw }}, 10) || ' ' || substr({{ raw }}, 12, 8) || '+00:00',
                ['%Y-%m-%d %H:%M:%S%z']
            )
        )
    when regexp_full_match({{ text }}, '[0-9]{13}')
        then epoch_ms(cast({{ text }} as bigint))
    when regexp_full_match({{ text }}, '{{ datetime_re }} ?(Z|[+-][0-9]{2}(:?[0-9]{2})?)')
        then timezone(
            'UTC',
            try_strptime(
                {#- 'Z' -> '+00:00', '+08' -> '+08:00', and no space before the offset -#}
                regexp_replace(
                    regexp_replace(
                        regexp_replace({{ text }}, ' ?Z$', '+00:00'),
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
    when regexp_full_match({{ text }}, '{{ datetime_re }}')
        then timezone(
            'UTC',
            timezone(
                '{{ default_tz }}',
                try_strptime(
                    {{ text }},
                    ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%Y-%m-%d']
                )
            )
        )
end
{%- endmacro %}

{#- Spark-flavoured: to_utc_timestamp reads an offset-free value in default_tz. -#}
{% macro default__to_utc(expr, default_tz) -%}
    {%- set text = portrait.normalize_text(expr) -%}
case
    when regexp_like({{ text }}, '^[0-9]{13}$')
        then timestamp_millis(cast({{ text }} as bigint))
    when regexp_like({{ text }}, '(Z|z|[+-][0-9]{2}:?[0-9]{2})$')
        then to_utc_timestamp(try_to_timestamp({{ text }}), 'UTC')
    else to_utc_timestamp(try_to_timestamp({{ text }}), '{{ default_tz }}')
end
{%- endmacro %}

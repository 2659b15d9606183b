{#-
    normalize_text(expr): the text cleaning every other normalizer starts from.
    Maps full-width ASCII (U+FF01-U+FF5E) to half-width and the ideographic space (U+3000) to a
    space (the parts of NFKC that matter in Chinese CRM data; DuckDB has no NFKC), turns every
    whitespace run (including no-break and zero-width spaces) into one space, trims, and returns
    null for null, empty or blank input.
-#}
{% macro normalize_text(expr) %}
    {{ return(adapter.dispatch('normalize_text', 'portrait')(expr)) }}
{%- endmacro %}

{#- Most values (timestamps, ids, emails, user agents) are already clean printable ASCII:
    words of U+0021-U+007E with single spaces between them. Such a value is its own normal
    form (nothing to translate, no whitespace run to fold, nothing to trim, not empty), and one
    full match of a simple pattern says so, where translate and the Unicode-class replace cost
    20-30 times more (bench/RESULTS.md, "normalize_text"). Most of the others (Han names and
    addresses) hold none of the characters the full path changes: no full-width ASCII, no
    ideographic or other space, no zero-width space. One search for those says so, and the
    value is again its own normal form. DuckDB's translate builds its mapping for every value
    (about 16 us each), so the full path cost 1.07 s for 44,195 CRM names at 1M persons, and
    0.026 s with this test (bench/RESULTS.md, twentieth session). Every other value takes the
    full path. -#}
{% macro duckdb__normalize_text(expr) -%}
    {%- set full, half = portrait._fullwidth_ascii(), portrait._halfwidth_ascii() -%}
    {%- set text = 'cast(' ~ expr ~ ' as varchar)' -%}
case
    when regexp_full_match({{ text }}, '[!-~]+(?: [!-~]+)*') then {{ text }}
    when length({{ text }}) > 0
        and not regexp_matches({{ text }}, '[\s\p{Z}\x{200B}\x{FEFF}\x{FF01}-\x{FF5E}]')
        then {{ text }}
    else nullif(trim(regexp_replace(
        translate({{ text }}, {{ full }}, {{ half }}),
        '[\s\p{Z}\x{200B}\x{FEFF}]+', ' ', 'g'
    )), '')
end
{%- endmacro %}

{#- U+FF01-U+FF5E and U+3000, and the ASCII characters they stand for, in the same order. -#}
{% macro _fullwidth_ascii() -%}
'！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　'
{%- endmacro %}

{% macro _halfwidth_ascii() -%}
'!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '
{%- endmacro %}

{#- Portable form (Spark, Trino, Snowflake): no backslashes or doubled quotes in literals, so
    the full-width apostrophe and backslash are left as they are. -#}
{% macro default__normalize_text(expr) -%}
    {%- set full = portrait._fullwidth_ascii() | replace('＇', '') | replace('＼', '') -%}
    {%- set half = portrait._halfwidth_ascii() | replace("''", '') | replace('\\', '') -%}
nullif(trim(regexp_replace(
    translate(cast({{ expr }} as varchar(65535)), {{ full }}, {{ half }}),
    '[[:space:]]+', ' '
)), '')
{%- endmacro %}

{#-
    normalize_alias_key(expr): the key that alias seeds (country_aliases, region_aliases) are
    stored under: normalize_text, lowercase, then spaces, apostrophes, hyphens, dots, commas and
    middle dots removed ('Xi''an' -> 'xian', 'U.S.A.' -> 'usa', 'Beijing Shi' -> 'beijingshi').
-#}
{% macro normalize_alias_key(expr) %}
    {{ return(adapter.dispatch('normalize_alias_key', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_alias_key(expr) -%}
nullif(
    regexp_replace(
        lower({{ portrait.normalize_text(expr) }}),
        '[ ''’.,·-]',
        ''
    ),
    ''
)
{%- endmacro %}

{% macro duckdb__normalize_alias_key(expr) -%}
nullif(
    regexp_replace(lower({{ portrait.normalize_text(expr) }}), '[ ''’.,·-]', '', 'g'),
    ''
)
{%- endmacro %}

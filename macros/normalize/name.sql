{#-
    normalize_name(expr): normalize_text (full-width to half-width, whitespace collapsed, blank to
    null), case kept as written. A name written only in Han characters also loses its inner
    spaces ('张 三' -> '张三') and has its middle-dot variants ('•', '・', '･', '‧', '.') unified
    to U+00B7 ('阿依古丽•买买提' -> '阿依古丽·买买提').
-#}
{% macro normalize_name(expr) %}
    {{ return(adapter.dispatch('normalize_name', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__normalize_name(expr) -%}
    {%- set text = portrait.normalize_text(expr) -%}
case
    when regexp_full_match({{ text }}, '[\p{Han} ·•・･‧.]*\p{Han}[\p{Han} ·•・･‧.]*')
        then regexp_replace(
            regexp_replace({{ text }}, ' ', '', 'g'),
            '[•・･‧.]',
            '·',
            'g'
        )
    else {{ text }}
end
{%- endmacro %}

{% macro default__normalize_name(expr) -%}
{{ portrait.normalize_text(expr) }}
{%- endmacro %}

{#-
    name_script(expr): 'han' when the normalized name has only CJK ideographs (and the middle
    dot of minority names), 'latin' when it has only Latin letters (accents included) with
    spaces, hyphens, apostrophes and periods (initials), 'mixed' otherwise; null for null/blank.
-#}
{% macro name_script(expr) %}
    {{ return(adapter.dispatch('name_script', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__name_script(expr) -%}
    {%- set name = portrait.normalize_name(expr) -%}
case
    when {{ name }} is null then null
    when regexp_full_match({{ name }}, '\p{Han}[\p{Han}·]*') then 'han'
    when regexp_full_match({{ name }}, '[\p{Latin} ''’.-]*\p{Latin}[\p{Latin} ''’.-]*')
        then 'latin'
    else 'mixed'
end
{%- endmacro %}

{% macro default__name_script(expr) -%}
    {%- set name = portrait.normalize_name(expr) -%}
case
    when {{ name }} is null then null
    when regexp_like({{ name }}, '^\p{IsHan}[\p{IsHan}·]*$') then 'han'
    when regexp_like({{ name }}, '^[\p{IsLatin} ''’.-]*\p{IsLatin}[\p{IsLatin} ''’.-]*$')
        then 'latin'
    else 'mixed'
end
{%- endmacro %}

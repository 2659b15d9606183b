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
    {{ portrait.name_of_text(portrait.normalize_text(expr)) }}
{%- endmacro %}

{% macro default__normalize_name(expr) -%}
{{ portrait.normalize_text(expr) }}
{%- endmacro %}

{#- name_of_text(text): normalize_name's last step, for a value normalize_text already gave.
    A model that reads a normalized column (or computes normalize_text once in a CTE) spares
    the repeated expansion: the expression is written three times below. -#}
{% macro name_of_text(text) %}
    {{ return(adapter.dispatch('name_of_text', 'portrait')(text)) }}
{%- endmacro %}

{% macro duckdb__name_of_text(text) -%}
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

{% macro default__name_of_text(text) -%}
{{ text }}
{%- endmacro %}

{#-
    name_script(expr): 'han' when the normalized name has only CJK ideographs (and the middle
    dot of minority names), 'latin' when it has only Latin letters (accents included) with
    spaces, hyphens, apostrophes and periods (initials), 'mixed' otherwise; null for null/blank.
-#}
{% macro name_script(expr) -%}
    {{ portrait.script_of_name(portrait.normalize_name(expr)) }}
{%- endmacro %}

{#- script_of_name(name): name_script of a value normalize_name already gave. Each regex reads
    `name` again, and a CASE does not share a repeated expression: name_script of a raw value
    normalizes it up to four times (in int_customer_attribute_candidates, twice per name row,
    that was 139 of the model's 309 CPU seconds at 1M persons), so a model that classifies many
    names normalizes them once in a CTE and classifies the column. -#}
{% macro script_of_name(name) %}
    {{ return(adapter.dispatch('script_of_name', 'portrait')(name)) }}
{%- endmacro %}

{% macro duckdb__script_of_name(name) -%}
case
    when {{ name }} is null then null
    when regexp_full_match({{ name }}, '\p{Han}[\p{Han}·]*') then 'han'
    when regexp_full_match({{ name }}, '[\p{Latin} ''’.-]*\p{Latin}[\p{Latin} ''’.-]*')
        then 'latin'
    else 'mixed'
end
{%- endmacro %}

{% macro default__script_of_name(name) -%}
case
    when {{ name }} is null then null
    when regexp_like({{ name }}, '^\p{IsHan}[\p{IsHan}·]*$') then 'han'
    when regexp_like({{ name }}, '^[\p{IsLatin} ''’.-]*\p{IsLatin}[\p{IsLatin} ''’.-]*$')
        then 'latin'
    else 'mixed'
end
{%- endmacro %}

{#-
    normalize_national_id(expr): normalize_text (full-width to half-width), every space removed,
    uppercase (a trailing 'x' check character becomes 'X'); null for null/blank.
-#}
{% macro normalize_national_id(expr) %}
    {{ return(adapter.dispatch('normalize_national_id', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_national_id(expr) -%}
nullif(upper(replace({{ portrait.normalize_text(expr) }}, ' ', '')), '')
{%- endmacro %}

{#-
    is_valid_national_id(expr): on a normalized id, true only for an 18-character PRC resident
    identity number (GB 11643) whose check character is right (ISO 7064 MOD 11-2: weights
    7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check characters '10X98765432' indexed by the weighted
    sum mod 11) and whose positions 7-14 are a real YYYYMMDD date. 15-digit first-generation
    numbers are false. Null in, null out.
-#}
{% macro is_valid_national_id(expr) %}
    {{ return(adapter.dispatch('is_valid_national_id', 'portrait')(expr)) }}
{%- endmacro %}

{% macro _national_id_check_char(expr) -%}
    {%- set weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] -%}
substr(
    '10X98765432',
    cast((
        {%- for weight in weights %}
        {{ '+ ' if not loop.first -}}
        cast(substr({{ expr }}, {{ loop.index }}, 1) as integer) * {{ weight }}
        {%- endfor %}
    ) % 11 as integer) + 1,
    1
)
{%- endmacro %}

{% macro duckdb__is_valid_national_id(expr) -%}
case
    when {{ expr }} is null then null
    when not regexp_full_match({{ expr }}, '[0-9]{17}[0-9X]') then false
    else
        {{ portrait._national_id_check_char(expr) }} = substr({{ expr }}, 18, 1)
        and try_strptime(substr({{ expr }}, 7, 8), '%Y%m%d') is not null
end
{%- endmacro %}

{% macro default__is_valid_national_id(expr) -%}
case
    when {{ expr }} is null then null
    when not regexp_like({{ expr }}, '^[0-9]{17}[0-9X]$') then false
    else
        {{ portrait._national_id_check_char(expr) }} = substr({{ expr }}, 18, 1)
        and try_to_timestamp(substr({{ expr }}, 7, 8), 'yyyyMMdd') is not null
end
{%- endmacro %}

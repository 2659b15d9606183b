{#- Text matching for the lexicon-based comment scorer (int_social_comments_scored). -#}

{#- Whether a text holds a CJK unified ideograph (Han character). -#}
{% macro has_cjk(expr) -%}
    {{ return(adapter.dispatch('has_cjk', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__has_cjk(expr) -%}
    regexp_matches({{ expr }}, '\p{Han}')
{%- endmacro %}

{% macro default__has_cjk(expr) -%}
    ({{ expr }} rlike '\\p{IsHan}')
{%- endmacro %}

{#- The lowercase words of a text (runs of a-z, 0-9 and apostrophes), single-spaced, with a
    space before the first and after the last: ' love it great quality '. A phrase then occurs
    as whole words exactly when ' ' || phrase || ' ' is a substring. Curly apostrophes become
    straight ones so that "don’t" is "don't". -#}
{% macro padded_words(expr) -%}
    {{ return(adapter.dispatch('padded_words', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__padded_words(expr) -%}
    ' ' || trim(regexp_replace(replace(lower({{ expr }}), '’', ''''), '[^a-z0-9'']+', ' ', 'g')) || ' '
{%- endmacro %}

{% macro default__padded_words(expr) -%}
    concat(' ', trim(regexp_replace(replace(lower({{ expr }}), '’', ''''), '[^a-z0-9'']+', ' ')), ' ')
{%- endmacro %}

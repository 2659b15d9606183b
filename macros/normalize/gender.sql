{#-
    normalize_gender(expr): 'male', 'female' or null. The codes live in the gender_codes seed
    (M/male/man/Mr/男/先生/1 -> male; F/female/woman/Ms/Mrs/女/女士/2 -> female; 0/U/unknown/未知
    and anything not listed -> null), looked up on lower(normalize_text(expr)), so full-width
    'Ｍ' and padded ' male ' match too.
-#}
{% macro normalize_gender(expr) %}
    {{ return(adapter.dispatch('normalize_gender', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_gender(expr) -%}
{{ portrait.seed_lookup(
    'gender_codes', 'code_key', 'gender', 'lower(' ~ portrait.normalize_text(expr) ~ ')'
) }}
{%- endmacro %}

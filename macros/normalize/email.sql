{#-
    normalize_email(expr): normalize_text, then every space removed and lowercased; null when
    nothing is left. Full-width characters ('ＪＯＨＮ＠ＥＸＡＭＰＬＥ．ＣＯＭ') become ASCII.
-#}
{% macro normalize_email(expr) %}
    {{ return(adapter.dispatch('normalize_email', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_email(expr) -%}
nullif(lower(replace({{ portrait.normalize_text(expr) }}, ' ', '')), '')
{%- endmacro %}

{#-
    is_valid_email(expr): a pragmatic shape check on a normalized (lowercase) email: exactly one
    '@'; a local part of RFC 5322 atext characters in dot-separated runs (no leading, trailing or
    consecutive dots); a domain of dot-separated labels (letters, digits, inner hyphens) ending in
    a TLD of two or more letters; at most 254 characters. Null in, null out.
-#}
{% macro is_valid_email(expr) %}
    {{ return(adapter.dispatch('is_valid_email', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__is_valid_email(expr) -%}
(
    length({{ expr }}) <= 254
    and regexp_full_match(
        {{ expr }},
        '[a-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
        || '@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}'
    )
)
{%- endmacro %}

{% macro default__is_valid_email(expr) -%}
(
    length({{ expr }}) <= 254
    and regexp_like(
        {{ expr }},
        '^[a-z0-9!#$%&*+/=?^_`{|}~-]+([.][a-z0-9!#$%&*+/=?^_`{|}~-]+)*'
        || '@([a-z0-9]([a-z0-9-]*[a-z0-9])?[.])+[a-z]{2,}$'
    )
)
{%- endmacro %}

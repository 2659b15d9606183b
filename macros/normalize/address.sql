{#-
    normalize_postcode(expr): normalize_text, then only ASCII letters and digits kept, uppercase
    ('１００ ０２０' -> '100020', 'sw1a 1aa' -> 'SW1A1AA'); null when nothing is left.
-#}
{% macro normalize_postcode(expr) %}
    {{ return(adapter.dispatch('normalize_postcode', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__normalize_postcode(expr) -%}
nullif(upper(regexp_replace({{ portrait.normalize_text(expr) }}, '[^0-9A-Za-z]', '', 'g')), '')
{%- endmacro %}

{% macro default__normalize_postcode(expr) -%}
nullif(upper(regexp_replace({{ portrait.normalize_text(expr) }}, '[^0-9A-Za-z]', '')), '')
{%- endmacro %}

{#-
    normalize_country(expr): ISO 3166-1 alpha-2 code from the country_aliases seed, looked up
    on normalize_alias_key(expr) ('China', '中华人民共和国', 'P.R.C.', 'CHN' -> 'CN'); null when
    unknown.
-#}
{% macro normalize_country(expr) %}
    {{ return(adapter.dispatch('normalize_country', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_country(expr) -%}
{{ portrait.seed_lookup(
    'country_aliases', 'alias_key', 'country_code', portrait.normalize_alias_key(expr)
) }}
{%- endmacro %}

{#-
    normalize_province(expr) / normalize_city(expr): the canonical Hanzi name with its suffix
    ('北京市', '广东省', '内蒙古自治区', '广州市') from the region_aliases seed, looked up on
    normalize_alias_key(expr) at that level ('北京', 'Beijing', 'beijing shi', 'BEIJING' ->
    '北京市'; 'Guangdong Province' -> '广东省'). Null when unknown, so callers keep the raw text
    beside it. Romanisations shared by two cities (Taizhou, Yulin) are not aliases.
-#}
{% macro normalize_province(expr) %}
    {{ return(adapter.dispatch('normalize_province', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_province(expr) -%}
{{ portrait._region_lookup(expr, 'province') }}
{%- endmacro %}

{% macro normalize_city(expr) %}
    {{ return(adapter.dispatch('normalize_city', 'portrait')(expr)) }}
{%- endmacro %}

{% macro default__normalize_city(expr) -%}
{{ portrait._region_lookup(expr, 'city') }}
{%- endmacro %}

{% macro _region_lookup(expr, level) -%}
{{ portrait.seed_lookup(
    'region_aliases',
    'alias_key',
    'canonical_name',
    portrait.normalize_alias_key(expr),
    where="level = '" ~ level ~ "'",
) }}
{%- endmacro %}

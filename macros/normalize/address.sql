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
    country_lookup_join(alias, raw_expr, raw_values): the join that gives `<alias>.lookup_value`,
    the ISO 3166-1 alpha-2 code from the country_aliases seed, looked up on
    normalize_alias_key(value) ('China', '中华人民共和国', 'P.R.C.', 'CHN' -> 'CN'); null when
    unknown. See seed_lookup_join for raw_expr and raw_values.
-#}
{% macro country_lookup_join(alias, raw_expr, raw_values) -%}
{{ portrait.seed_lookup_join(
    alias, 'country_aliases', 'alias_key', 'country_code',
    portrait.normalize_alias_key('raw_values.raw_value'), raw_expr, raw_values
) }}
{%- endmacro %}

{#-
    province_lookup_join(alias, raw_expr, raw_values) / city_lookup_join(...): the join that
    gives `<alias>.lookup_value`, the canonical Hanzi name with its suffix ('北京市', '广东省',
    '内蒙古自治区', '广州市') from the region_aliases seed, looked up on normalize_alias_key(value)
    at that level ('北京', 'Beijing', 'beijing shi', 'BEIJING' -> '北京市'; 'Guangdong Province'
    -> '广东省'). Null when unknown, so callers keep the raw text beside it. Romanisations shared
    by two cities (Taizhou, Yulin) are not aliases.
-#}
{% macro province_lookup_join(alias, raw_expr, raw_values) -%}
{{ portrait._region_lookup_join(alias, raw_expr, raw_values, 'province') }}
{%- endmacro %}

{% macro city_lookup_join(alias, raw_expr, raw_values) -%}
{{ portrait._region_lookup_join(alias, raw_expr, raw_values, 'city') }}
{%- endmacro %}

{% macro _region_lookup_join(alias, raw_expr, raw_values, level) -%}
{{ portrait.seed_lookup_join(
    alias,
    'region_aliases',
    'alias_key',
    'canonical_name',
    portrait.normalize_alias_key('raw_values.raw_value'),
    raw_expr,
    raw_values,
    where="seed_rows.level = '" ~ level ~ "'",
) }}
{%- endmacro %}

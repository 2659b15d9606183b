{#-
    gender_lookup_join(alias, raw_expr, raw_values): the join that gives `<alias>.lookup_value`,
    'male', 'female' or null (see seed_lookup_join for raw_expr and raw_values). The codes live
    in the gender_codes seed (M/male/man/Mr/男/先生/1 -> male; F/female/woman/Ms/Mrs/女/女士/2 ->
    female; 0/U/unknown/未知 and anything not listed -> null), looked up on
    lower(normalize_text(value)), so full-width 'Ｍ' and padded ' male ' match too.
-#}
{% macro gender_lookup_join(alias, raw_expr, raw_values) -%}
{{ portrait.seed_lookup_join(
    alias, 'gender_codes', 'code_key', 'gender',
    'lower(' ~ portrait.normalize_text('raw_values.raw_value') ~ ')', raw_expr, raw_values
) }}
{%- endmacro %}

{#-
    seed_lookup(seed_name, key_column, value_column, key_expr, where=none): a scalar subquery
    that returns value_column of the seed row whose key_column equals key_expr, or null.
    The seed's columns are renamed inside a derived table first, so that a key_expr that names
    an outer column which the seed also has (normalize_gender('gender')) still binds to the
    outer row. max() keeps the correlated subquery scalar on engines that insist on an
    aggregate (Spark). Empty values count as null: a seed fixture in a unit test keeps '' where
    dbt seed loads null.
-#}
{% macro seed_lookup(seed_name, key_column, value_column, key_expr, where=none) -%}
(
    select max(portrait_lookup.portrait_lookup_value)
    from (
        select
            {{ key_column }} as portrait_lookup_key,
            nullif({{ value_column }}, '') as portrait_lookup_value
        from {{ ref(seed_name) }}
        {%- if where %}
        where {{ where }}
        {%- endif %}
    ) as portrait_lookup
    where portrait_lookup.portrait_lookup_key = {{ key_expr }}
)
{%- endmacro %}

{#- An array of `expr` over the group, ordered by `order_by`. -#}
{% macro ordered_array_agg(expr, order_by) -%}
    {{ return(adapter.dispatch('ordered_array_agg', 'portrait')(expr, order_by)) }}
{%- endmacro %}

{% macro duckdb__ordered_array_agg(expr, order_by) -%}
    list({{ expr }} order by {{ order_by }})
{%- endmacro %}

{#- Spark: collect (key, value) structs, sort them by key, keep the values. -#}
{% macro default__ordered_array_agg(expr, order_by) -%}
    transform(
        array_sort(collect_list(struct({{ order_by }} as k, {{ expr }} as v))),
        s -> s.v
    )
{%- endmacro %}

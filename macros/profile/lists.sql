{#- List (array) helpers for profile traits held as lists, e.g. interests varchar[]. -#}

{#- A JSON array of strings ('["beauty","home"]') as a list of strings; null for null. -#}
{% macro json_string_list(expr) -%}
    {{ return(adapter.dispatch('json_string_list', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__json_string_list(expr) -%}
    from_json({{ expr }}, '["VARCHAR"]')
{%- endmacro %}

{% macro default__json_string_list(expr) -%}
    from_json({{ expr }}, 'array<string>')
{%- endmacro %}

{#- One row per element of a list, in a select list (DuckDB unnest, Spark explode). -#}
{% macro unnest_list(expr) -%}
    {{ return(adapter.dispatch('unnest_list', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__unnest_list(expr) -%}
    unnest({{ expr }})
{%- endmacro %}

{% macro default__unnest_list(expr) -%}
    explode({{ expr }})
{%- endmacro %}

{#- Aggregate: the distinct non-null values of expr as a sorted list; null when there are none. -#}
{% macro sorted_set_agg(expr) -%}
    {{ return(adapter.dispatch('sorted_set_agg', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__sorted_set_agg(expr) -%}
    list_sort(list(distinct {{ expr }}) filter (where {{ expr }} is not null))
{%- endmacro %}

{% macro default__sorted_set_agg(expr) -%}
    nullif(array_sort(collect_set({{ expr }})), array())
{%- endmacro %}

{#- Aggregate: the non-null values of expr as a list ordered by order_expr (one sort key). -#}
{% macro ordered_list_agg(expr, order_expr) -%}
    {{ return(adapter.dispatch('ordered_list_agg', 'portrait')(expr, order_expr)) }}
{%- endmacro %}

{% macro duckdb__ordered_list_agg(expr, order_expr) -%}
    list({{ expr }} order by {{ order_expr }}) filter (where {{ expr }} is not null)
{%- endmacro %}

{% macro default__ordered_list_agg(expr, order_expr) -%}
    transform(
        array_sort(collect_list(named_struct('k', {{ order_expr }}, 'v', {{ expr }}))),
        e -> e.v
    )
{%- endmacro %}

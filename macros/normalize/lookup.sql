{#-
    seed_lookup_join(alias, seed_name, key_column, value_column, key_expr, raw_expr, raw_values,
    where=none): a `left join` clause that looks a raw value up in a seed. The looked-up value is
    `<alias>.lookup_value`, null when the value's key is not in the seed.

    raw_expr     the raw value, over the outer relation's columns ('contacts.city')
    raw_values   a query whose column raw_value yields at least every raw value the outer rows
                 carry (the same column of the same rows, or more rows)
    key_expr     the lookup key of `raw_values.raw_value`, matched against the seed's key_column
    where        optional filter on the seed's rows

    The key is computed once per distinct raw value, not once per row (normalizing is a handful
    of regular expressions, and a column holds a few hundred distinct cities over millions of
    rows), and the outer rows stream past a hash table of those values. It is a join rather than
    the correlated scalar subquery it replaces: DuckDB decorrelates a scalar subquery into a
    delim join that buffers every outer row with all its columns, and for the 15M web events of
    a 1M-person build that buffer spilled more than 40 GB. One row per raw value (max of the
    seed's values), so the join never adds rows. Empty values count as null: a seed fixture in
    a unit test keeps '' where dbt seed loads null.
-#}
{% macro seed_lookup_join(
    alias, seed_name, key_column, value_column, key_expr, raw_expr, raw_values, where=none
) -%}
left join (
    select
        raw_values.raw_value,
        max(nullif(seed_rows.{{ value_column }}, '')) as lookup_value
    from (select distinct raw_value from ({{ raw_values }}) as all_raw_values) as raw_values
    inner join {{ ref(seed_name) }} as seed_rows
        on {{ key_expr }} = seed_rows.{{ key_column }}
        {%- if where %}
        and ({{ where }})
        {%- endif %}
    group by raw_values.raw_value
) as {{ alias }}
    on {{ raw_expr }} = {{ alias }}.raw_value
{%- endmacro %}

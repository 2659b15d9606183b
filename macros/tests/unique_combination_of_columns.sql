{#-
    unique_combination_of_columns(model, combination_of_columns)

    Fails with one row per combination of the given columns that occurs more than once, with the
    number of rows that share it. The composite-key counterpart of the built-in `unique` test,
    for projects without dbt_utils. Rows where a key column is null are compared as is (null
    combinations are grouped together), so pair it with `not_null` on each key column.

        data_tests:
          - unique_combination_of_columns:
              arguments:
                combination_of_columns: [source_name, source_record_id]
-#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    {%- if combination_of_columns is string or combination_of_columns | length == 0 -%}
        {{ exceptions.raise_compiler_error(
            "unique_combination_of_columns needs a non-empty list of columns, got: "
            ~ combination_of_columns) }}
    {%- endif -%}
    {%- set columns_csv = combination_of_columns | join(', ') %}

select
    {{ columns_csv }},
    count(*) as duplicate_rows
from {{ model }}
group by {{ columns_csv }}
having count(*) > 1

{% endtest %}

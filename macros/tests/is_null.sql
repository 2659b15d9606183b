{#-
    is_null(model, column_name)

    Fails with every row where the column is NOT null: the inverse of the built-in `not_null`.
    Use it for columns that flag a broken guarantee and must stay empty, e.g.
    idn_cluster_stats.types_over_limit (no person may hold more values of an identifier type
    than identifier_types.max_per_person allows). `accepted_values` cannot express this, since
    it ignores nulls.
-#}
{% test is_null(model, column_name) %}

select *
from {{ model }}
where {{ column_name }} is not null

{% endtest %}

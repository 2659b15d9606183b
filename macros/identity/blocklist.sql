{#-
    blocklist_regex_reason(type_column, value_column)

    A CASE expression giving the reason of the first regex rule of the identifier_blocklist seed
    that matches, or null. The rules are read from the seed when the model runs and written into
    the SQL as constants: a regular expression taken from a column would be compiled again for
    every row, which made the guard model 20 times slower on 10 million identifiers.
    Exact-value rules are matched with a join instead (see idn_identifier_guards).
-#}
{% macro blocklist_regex_reason(type_column, value_column) -%}
    {#- depends_on: keeps the seed upstream of every model that calls this macro -#}
    {%- set _ = ref('identifier_blocklist') -%}
    {%- set rules = [] -%}
    {#- unit tests see no regex rules: their fixtures stand in for the seed -#}
    {%- if execute and model.resource_type != 'unit_test' -%}
        {#- the seed's own table, also inside unit tests, where ref() names a fixture -#}
        {%- set node = graph.nodes['seed.portrait.identifier_blocklist'] -%}
        {%- set seed = adapter.get_relation(
            database=node.database, schema=node.schema, identifier=node.alias) -%}
        {%- if seed is not none -%}
            {%- set result = run_query(
                "select id_type, pattern, reason from " ~ seed
                ~ " where match_type = 'regex' order by id_type, pattern") -%}
            {%- set rules = result.rows -%}
        {%- endif -%}
    {%- endif -%}
    {%- if rules | length == 0 -%}
        cast(null as varchar)
    {%- else -%}
        case
        {%- for id_type, pattern, reason in rules %}
            when
                {% if id_type != '*' %}{{ type_column }} = '{{ id_type }}' and {% endif -%}
                regexp_matches({{ value_column }}, '{{ pattern | replace("'", "''") }}')
                then '{{ reason | replace("'", "''") }}'
        {%- endfor %}
        end
    {%- endif -%}
{%- endmacro %}

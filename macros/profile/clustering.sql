{#-
    Clustering: the row order a model's full build writes, for the lookups micro-batches make.

    A micro-batch finds a few thousand keys (persons, identifier nodes) in tables of 10-63M
    rows. DuckDB keeps a minimum and maximum per row group (about 122,880 rows) and per column;
    when the rows are written in the order of the key searched, a lookup of a few keys skips
    almost every row group, and a join on many keys reads a column whose equal and neighbouring
    values sit together (it compresses better and probes faster). At 1,000,000 persons, finding
    22 identifier nodes in the 63M placed observations took 1.40 s unordered and 0.14 s ordered
    by node_key; 10,000 nodes, 1.42 s and 0.28 s (bench/RESULTS.md).

    A model names its key in its config: `meta={'cluster_by': ['node_key']}`, and ends its select
    with `{{ clustered_by(full_build) }}`, true when the build computes every row. Rows a
    micro-batch appends sit after the ordered ones; the next full build orders them all again.
    Only DuckDB writes the order (an ORDER BY on the table's query); other adapters write as
    they would (on Spark or Databricks the equivalent is a table property, not a query clause).
-#}
{% macro clustered_by(full_build) -%}
    {%- set columns = (config.get('meta') or {}).get('cluster_by') -%}
    {%- if columns and full_build -%}
        {{ return(adapter.dispatch('clustered_by', 'portrait')(columns)) }}
    {%- endif -%}
    {{ return('') }}
{%- endmacro %}

{% macro duckdb__clustered_by(columns) -%}
    order by {{ columns | join(', ') }}
{%- endmacro %}

{% macro default__clustered_by(columns) -%}
{%- endmacro %}

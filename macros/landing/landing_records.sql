{#-
    landing_records(table_name)

    Every row of every file under <portrait__landing>/<table_name>/, whatever its format, as
    (source_file, raw_record, is_valid_record):

    * *.jsonl: each non-blank line is one row; raw_record is the line as it came, so a line that is
      not JSON is still a row (quarantined downstream as malformed_json), never dropped.
    * *.csv: read with every column as text, header by name; each row becomes a JSON object so
      that files with different column orders or extra columns union cleanly. Rows with more
      fields than the header keep the surplus under column<N> keys instead of losing it.
    * *.parquet: each row becomes a JSON object.

    Files are listed when the model runs, and each is read on its own, so a missing folder, an
    empty file or files of different shapes never break the build. Empty files hold no rows.
    The dbt source landing.<table_name> carries the folder for lineage, docs and freshness.
-#}
{% macro landing_records(table_name) -%}
    {{ return(adapter.dispatch('landing_records', 'portrait')(table_name)) }}
{%- endmacro %}

{% macro duckdb__landing_records(table_name) -%}
    {%- set src = source('landing', table_name) -%}
    {%- set folder = var('portrait__landing') ~ '/' ~ table_name -%}
    {%- set files = landing_files(folder) -%}
    {%- set selects = [] -%}
    {%- for file in files -%}
        {%- set path = file[0] | replace("'", "''") -%}
        {%- if path.endswith('.jsonl') or path.endswith('.json') or path.endswith('.ndjson') -%}
            {%- do selects.append(
                "select '" ~ path ~ "' as source_file, raw_line as raw_record, "
                ~ "case when json_valid(raw_line) then json_type(raw_line) = 'OBJECT' else false end"
                ~ " as is_valid_record"
                ~ " from read_csv('" ~ path ~ "', columns = {'raw_line': 'varchar'},"
                ~ " header = false, delim = chr(1), quote = '', escape = '', auto_detect = false,"
                ~ " max_line_size = " ~ var('portrait__max_line_bytes') ~ ")"
                ~ " where nullif(trim(raw_line), '') is not null"
            ) -%}
        {%- elif path.endswith('.csv') -%}
            {%- do selects.append(
                "select '" ~ path ~ "' as source_file,"
                ~ " to_json(struct_pack(*columns(*)))::varchar as raw_record, true as is_valid_record"
                ~ " from read_csv('" ~ path ~ "', all_varchar = true, header = true, delim = ',',"
                ~ " quote = '\"', escape = '\"', strict_mode = false, null_padding = true,"
                ~ " max_line_size = " ~ var('portrait__max_line_bytes') ~ ")"
            ) -%}
        {%- elif path.endswith('.parquet') -%}
            {%- do selects.append(
                "select '" ~ path ~ "' as source_file,"
                ~ " to_json(struct_pack(*columns(*)))::varchar as raw_record, true as is_valid_record"
                ~ " from read_parquet('" ~ path ~ "')"
            ) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if selects | length == 0 %}
    -- no landing files for {{ table_name }} under {{ folder }}: an empty, typed relation
    select
        cast(null as varchar) as source_file,
        cast(null as varchar) as raw_record,
        cast(null as boolean) as is_valid_record
    where false
    {%- else %}
    -- landing files read from {{ src }}
    {{ selects | join('\n    union all\n    ') }}
    {%- endif %}
{%- endmacro %}

{% macro default__landing_records(table_name) -%}
    {{ exceptions.raise_compiler_error(
        "landing_records has no implementation for adapter " ~ adapter.type()
        ~ ": on Spark, point the landing source at tables loaded by spark.read instead."
    ) }}
{%- endmacro %}


{#- The non-empty files of one landing folder, as a list of (path, size) rows, sorted by path. -#}
{% macro landing_files(folder) -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set sql -%}
        select file as path
        from glob('{{ folder | replace("'", "''") }}/*')
        where regexp_matches(lower(file), '\.(jsonl|ndjson|json|csv|parquet)$')
        order by file
    {%- endset -%}
    {%- set listed = run_query(sql) -%}
    {%- set nonempty = [] -%}
    {%- for row in listed.rows -%}
        {%- set sized = run_query(
            "select size from read_blob('" ~ (row[0] | replace("'", "''")) ~ "')"
        ) -%}
        {%- if sized.rows[0][0] > 0 -%}
            {%- do nonempty.append([row[0], sized.rows[0][0]]) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(nonempty) }}
{%- endmacro %}

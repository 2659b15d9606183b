{#-
    landing_records(table_name, files)

    Every row of the given landing files of <portrait__landing>/<table_name>/, whatever their
    format, as (source_file, source_file_version, raw_record, is_valid_record):

    * *.jsonl: each non-blank line is one row; raw_record is the line as it came, so a line that is
      not JSON is still a row (quarantined downstream as malformed_json), never dropped. Both
      checks are written for 15M-line files: a line is blank when trim() leaves nothing, but trim
      copies the line, so it runs only on lines that start with a space (10 s -> 1 s per 1.5M
      web events); json_type under try() parses a line once, where json_valid, then json_type,
      parsed it twice.
    * *.csv: read with every column as text, header by name; each row becomes a JSON object so
      that files with different column orders or extra columns union cleanly. Rows with more
      fields than the header keep the surplus under column<N> keys instead of losing it.
    * *.parquet: each row becomes a JSON object.

    `files` is a list of landing_files() entries: all of them for a full build, the new ones for
    an incremental build (see landing_files_to_read). Each file is read on its own, so a missing
    folder, an empty file or files of different shapes never break the build. The dbt source
    landing.<table_name> carries the folder for lineage, docs and freshness.
-#}
{% macro landing_records(table_name, files) -%}
    {{ return(adapter.dispatch('landing_records', 'portrait')(table_name, files)) }}
{%- endmacro %}

{% macro duckdb__landing_records(table_name, files) -%}
    {%- set src = source('landing', table_name) -%}
    {%- set selects = [] -%}
    {#- DuckDB's CSV buffer defaults to 16 x max_line_size: 1 GiB per buffer for 64 MiB lines,
        which ran a 4 GB cap out of memory on the 1M web events; twice the line is enough -#}
    {%- set max_line = var('portrait__max_line_bytes') | int -%}
    {%- for file in files -%}
        {%- set path = file.path | replace("'", "''") -%}
        {%- set head = "select '" ~ path ~ "' as source_file, '" ~ file.version
            ~ "' as source_file_version, " -%}
        {%- if path.endswith('.jsonl') or path.endswith('.json') or path.endswith('.ndjson') -%}
            {%- do selects.append(
                head ~ "raw_line as raw_record, "
                ~ "coalesce(try(json_type(raw_line)) = 'OBJECT', false) as is_valid_record"
                ~ " from read_csv('" ~ path ~ "', columns = {'raw_line': 'varchar'},"
                ~ " header = false, delim = chr(1), quote = '', escape = '', auto_detect = false,"
                ~ " max_line_size = " ~ max_line ~ ", buffer_size = " ~ 2 * max_line ~ ")"
                ~ " where raw_line is not null"
                ~ " and (left(raw_line, 1) not in ('', ' ') or trim(raw_line) != '')"
            ) -%}
        {%- elif path.endswith('.csv') -%}
            {%- do selects.append(
                head ~ "to_json(struct_pack(*columns(*)))::varchar as raw_record,"
                ~ " true as is_valid_record"
                ~ " from read_csv('" ~ path ~ "', all_varchar = true, header = true, delim = ',',"
                ~ " quote = '\"', escape = '\"', strict_mode = false, null_padding = true,"
                ~ " max_line_size = " ~ max_line ~ ", buffer_size = " ~ 2 * max_line ~ ")"
            ) -%}
        {%- elif path.endswith('.parquet') -%}
            {%- do selects.append(
                head ~ "to_json(struct_pack(*columns(*)))::varchar as raw_record,"
                ~ " true as is_valid_record"
                ~ " from read_parquet('" ~ path ~ "')"
            ) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if selects | length == 0 %}
    -- no landing files of {{ src }} to read in this build: an empty, typed relation
    select
        cast(null as varchar) as source_file,
        cast(null as varchar) as source_file_version,
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


{#- The non-empty files of one landing folder, sorted by path: a list of dicts with `path`,
    `size` and `version` ("<bytes>:<modified, epoch microseconds>"). A file whose version changes
    was replaced. -#}
{% macro landing_files(folder) -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set pattern = folder | replace("'", "''") ~ '/*' -%}
    {%- set listed = run_query(
        "select file from glob('" ~ pattern ~ "') "
        ~ "where regexp_matches(lower(file), '\\.(jsonl|ndjson|json|csv|parquet)$') limit 1"
    ) -%}
    {%- if listed.rows | length == 0 -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set sized = run_query(
        "select filename, size, epoch_us(last_modified) from read_blob('" ~ pattern ~ "') "
        ~ "where regexp_matches(lower(filename), '\\.(jsonl|ndjson|json|csv|parquet)$') "
        ~ "and size > 0 order by filename"
    ) -%}
    {%- set files = [] -%}
    {%- for row in sized.rows -%}
        {%- do files.append({
            'path': row[0], 'size': row[1], 'version': row[1] ~ ':' ~ row[2]
        }) -%}
    {%- endfor -%}
    {{ return(files) }}
{%- endmacro %}


{#-
    landing_files_to_read(table_name)

    The files a base model reads in this build. A full build reads every file. An incremental
    build reads only the files it has not loaded yet, so a new batch costs what the batch holds,
    not what history holds. Landing folders are append-only: a loaded file that was since replaced
    (its size or modification time changed) or removed cannot be applied incrementally, because
    its old rows would have to be retracted from every table downstream. The build stops and
    names the file; `portrait build --full-refresh` (which the landing sensor runs by itself for
    replaced or removed files) rebuilds from the folder as it now is. portrait__max_landing_files_per_build
    caps the files one build reads (the oldest by path first); the next build reads the rest.
-#}
{% macro landing_files_to_read(table_name) -%}
    {%- set folder = var('portrait__landing') ~ '/' ~ table_name -%}
    {%- set files = landing_files(folder) -%}
    {%- set cap = var('portrait__max_landing_files_per_build') | int -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return(files[:cap] if cap > 0 else files) }}
    {%- endif -%}
    {%- set loaded_rows = run_query(
        "select source_file, min(source_file_version), max(source_file_version) from "
        ~ this ~ " group by 1"
    ) -%}
    {%- set loaded = {} -%}
    {%- for row in loaded_rows.rows -%}
        {%- do loaded.update({row[0]: [row[1], row[2]]}) -%}
    {%- endfor -%}
    {%- set listed = [] -%}
    {%- set new_files = [] -%}
    {%- for file in files -%}
        {%- do listed.append(file.path) -%}
        {%- if file.path not in loaded -%}
            {%- do new_files.append(file) -%}
        {%- elif loaded[file.path] != [file.version, file.version] -%}
            {{ exceptions.raise_compiler_error(
                "landing file " ~ file.path ~ " was replaced after " ~ this.identifier
                ~ " loaded it (loaded version " ~ loaded[file.path][0] ~ ", now " ~ file.version
                ~ " as bytes:modified). Landing folders are append-only; run `portrait build"
                ~ " --full-refresh` to rebuild from the folder as it is now."
            ) }}
        {%- endif -%}
    {%- endfor -%}
    {%- for path in loaded -%}
        {%- if path not in listed -%}
            {{ exceptions.raise_compiler_error(
                "landing file " ~ path ~ " was removed after " ~ this.identifier
                ~ " loaded it. Landing folders are append-only; run `portrait build"
                ~ " --full-refresh` to rebuild from the folder as it is now."
            ) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(new_files[:cap] if cap > 0 else new_files) }}
{%- endmacro %}

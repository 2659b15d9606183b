{#- The text of one field of a JSON record, trimmed, with empty strings as null.
    `path` is a JSONPath such as '$.context.device.id'. Objects and arrays come back as JSON text. -#}
{% macro json_text(record, path) -%}
    {{ return(adapter.dispatch('json_text', 'portrait')(record, path)) }}
{%- endmacro %}

{% macro duckdb__json_text(record, path) -%}
    nullif(trim(json_extract_string({{ record }}, '{{ path }}')), '')
{%- endmacro %}

{% macro spark__json_text(record, path) -%}
    nullif(trim(get_json_object({{ record }}, '{{ path }}')), '')
{%- endmacro %}

{% macro default__json_text(record, path) -%}
    nullif(trim(json_value({{ record }}, '{{ path }}')), '')
{%- endmacro %}


{#- Quarantine reason for a landing row, or null when the row may be staged. The checks run in the
    order given, so a row gets the first reason that applies. `checks` is a list of
    (reason, condition) pairs, e.g. [('missing_key', 'contact_id is null')]. -#}
{% macro quarantine_reason(checks) -%}
    case
        when not is_valid_record then 'malformed_json'
        when length(raw_record) > {{ var('portrait__max_field_chars') }} then 'oversized_record'
        {%- for reason, condition in checks %}
        when {{ condition }} then '{{ reason }}'
        {%- endfor %}
    end
{%- endmacro %}


{#- Whether a timestamp lies further in the future than the configured tolerance. -#}
{% macro is_future(timestamp_utc) -%}
    {{ timestamp_utc }} > {{ dbt.dateadd('hour', var('portrait__future_tolerance_hours'), utc_now()) }}
{%- endmacro %}


{#- The current time in UTC, as a timestamp without time zone. -#}
{% macro utc_now() -%}
    {{ return(adapter.dispatch('utc_now', 'portrait')()) }}
{%- endmacro %}

{% macro duckdb__utc_now() -%}
    (now() at time zone 'UTC')
{%- endmacro %}

{% macro default__utc_now() -%}
    current_timestamp
{%- endmacro %}



{#- A timestamp later than any real one, to sort missing times last. -#}
{% macro latest_timestamp() -%}
    cast('9999-12-31 00:00:00' as timestamp)
{%- endmacro %}


{#- The start of this dbt invocation as a UTC timestamp: the loaded_at of every row it writes.
    Incremental models read the rows an upstream model wrote after their own latest loaded_at. -#}
{% macro build_started_at() -%}
    cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S.%f") }}' as timestamp)
{%- endmacro %}


{#- In an incremental build, a filter on an upstream model's rows that keeps those written since
    this model's own last build; nothing in a full build. `keyword` is `and` after a where clause,
    `where` when there is none. -#}
{% macro written_since_last_build(column='loaded_at', keyword='and') -%}
    {%- if is_incremental() -%}
    {{ keyword }} {{ column }} > (
        select coalesce(max(built.loaded_at), cast('1900-01-01' as timestamp)) from {{ this }} as built
    )
    {%- endif -%}
{%- endmacro %}


{#- written_since_last_build for a model that records its builds in <model>__built (see
    ensure_build_marker): the rows written after the recorded build. -#}
{% macro written_since_recorded_build(column='loaded_at', keyword='and') -%}
    {%- if is_incremental() -%}
    {{ keyword }} {{ column }} > {{ last_recorded_build() }}
    {%- endif -%}
{%- endmacro %}


{#- Pre-hook SQL run before an incremental model's first read of <model>__built: when the side
    table is missing (a warehouse built before the model recorded its builds), it is created
    from the latest loaded_at of the model's rows, the build that wrote them. -#}
{% macro ensure_build_marker() -%}
    {%- if execute and adapter.get_relation(this.database, this.schema,
                                            this.identifier ~ '__built') is none -%}
        {%- do run_query(portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__built',
            'select ' ~ last_build_of_this() ~ ' as loaded_at')) -%}
    {%- endif -%}
{%- endmacro %}


{#- The FROM and WHERE of a staging model's read of its base model: the rows without a
    quarantine reason, in an incremental build only those written since the model's last build.
    A staging model reads its rows with it, and so do the raw values its seed lookups
    normalize (seed_lookup_join). -#}
{% macro rows_to_stage(base_model) -%}
    from {{ ref(base_model) }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
{%- endmacro %}


{#- json_texts(record, paths): the text at each JSON path of `record`, parsed once, as a list
    that json_text_at(list, i, record, path) reads (1-based). Where an engine has no multi-path
    extraction the list is null and json_text_at reads the path itself. Same cleaning as
    json_text: trimmed, and '' is null. -#}
{% macro json_texts(record, paths) -%}
    {{ return(adapter.dispatch('json_texts', 'portrait')(record, paths)) }}
{%- endmacro %}

{% macro duckdb__json_texts(record, paths) -%}
    json_extract_string({{ record }}, [{%- for path in paths %}'{{ path }}'{{ ', ' if not loop.last }}{%- endfor %}])
{%- endmacro %}

{% macro default__json_texts(record, paths) -%}
    cast(null as string)
{%- endmacro %}

{#- json_text_of(texts, paths, record, path): json_text_at by path, for a model that lists its
    paths once and reads them by name. -#}
{% macro json_text_of(texts, paths, record, path) -%}
    {{ json_text_at(texts, paths.index(path) + 1, record, path) }}
{%- endmacro %}

{% macro json_text_at(texts, index, record, path) -%}
    {{ return(adapter.dispatch('json_text_at', 'portrait')(texts, index, record, path)) }}
{%- endmacro %}

{% macro duckdb__json_text_at(texts, index, record, path) -%}
    nullif(trim({{ texts }}[{{ index }}]), '')
{%- endmacro %}

{% macro default__json_text_at(texts, index, record, path) -%}
    {{ json_text(record, path) }}
{%- endmacro %}


{#- For an incremental model keyed by (source_name, source_record_id): a pre-hook that deletes
    the rows of every record that a staging model wrote again since this model's last build, so
    that the model's own run writes them again from their current version (or not at all), and
    logs them in <model>__retracted (see retract_and_log). The last build is the one <model>__built
    records (the model's select reads the staged rows written after it, with
    written_since_recorded_build), not the latest loaded_at among the model's rows: deleting
    could take the latest rows away, and the select would then read records already observed.
    Only records staged before can have rows here: those the staging model's `restage` strategy
    logged as replaced (`<staging model>__retracted`), or all of its rows when it was rebuilt in
    full since (or has no log yet). A batch of new records therefore searches nothing.
    records: a list of [source_name, staging relation, record id column]. -#}
{% macro delete_restaged_records(records) -%}
    {%- if execute and is_incremental() -%}
        {{ ensure_build_marker() }}
        {%- set last = last_recorded_build() -%}
        {%- set scope_sql -%}
            {%- for record in records %}
            {%- set log = record[1].identifier ~ '__retracted' %}
            {%- if portrait_table_exists(record[1].schema, log) %}
            select '{{ record[0] }}' as source_name, {{ record[2] }} as source_record_id
            from {{ record[1].schema }}.{{ log }}
            where loaded_at > {{ last }}
            union
            select '{{ record[0] }}' as source_name, {{ record[2] }} as source_record_id
            from {{ record[1] }}
            where {{ rewritten_in_full(record[1], last) }}
            {%- else %}
            select '{{ record[0] }}' as source_name, {{ record[2] }} as source_record_id
            from {{ record[1] }}
            where loaded_at > {{ last }}
            {%- endif %}
            {%- if not loop.last %}
            union
            {%- endif %}
            {%- endfor %}
        {%- endset -%}
        {{ retract_and_log(scope_sql, ['source_name', 'source_record_id'],
                           ['source_name', 'source_record_id', 'id_type', 'id_value']) }}
    {%- endif -%}
{%- endmacro %}


{#- A filter on `upstream`'s rows: those written after `last` when every row of `upstream` was
    (it was rebuilt in full since: a first build or a full refresh, which log no retractions),
    else none. The test reads only the loaded_at column. -#}
{% macro rewritten_in_full(upstream, last) -%}
    loaded_at > {{ last }}
    and (select min(rewritten.loaded_at) from {{ upstream }} as rewritten) > {{ last }}
{%- endmacro %}


{#- Whether a table exists, asked of the warehouse rather than of dbt's relation cache (which
    does not know side tables created by SQL during the run). -#}
{% macro portrait_table_exists(schema, identifier) -%}
    {{ return(adapter.dispatch('portrait_table_exists', 'portrait')(schema, identifier)) }}
{%- endmacro %}

{% macro default__portrait_table_exists(schema, identifier) -%}
    {%- set found = run_query(
        "select count(*) from information_schema.tables where lower(table_schema) = lower('"
        ~ schema ~ "') and lower(table_name) = lower('" ~ identifier ~ "')") -%}
    {{ return(found.columns[0].values()[0] > 0) }}
{%- endmacro %}

{% macro spark__portrait_table_exists(schema, identifier) -%}
    {%- set found = run_query("show tables in " ~ schema ~ " like '" ~ identifier ~ "'") -%}
    {{ return(found | length > 0) }}
{%- endmacro %}


{#- The rows of `relation` (a staged source of int_customer_events_unioned, record id
    `id_column`) whose events this build writes: in a full build all of them; in an incremental
    build those written since the model's last build (read by their loaded_at, the older row
    groups skipped unread) and the older records listed for the source in the model's
    person_changes CTE (searched for only when there are some). -#}
{% macro records_in_scope(relation, source_name, id_column) -%}
    select * from {{ relation }}
    {%- if is_incremental() %}
    where loaded_at > {{ last_build_of_this() }}
    union all
    select * from {{ relation }}
    where loaded_at <= {{ last_build_of_this() }}
        and {{ id_column }} in (
            select person_changes.source_record_id from person_changes
            where person_changes.source_name = '{{ source_name }}'
        )
    {%- endif -%}
{%- endmacro %}


{#- The pre-hook of int_customer_events_unioned (see the model and the rewrite_records
    strategy). It writes two lists of (source_name, source_record_id):

    * `<model>__first_staged`: the records that a staging model wrote for the first time since
      the model's last build. Such a record has no rows in the model to delete, and its person,
      if it has one, lies among the rows that idn_source_record_persons wrote since (it was
      resolved after it was staged). A record is first staged when its staged row was written
      since and the staging model's `restage` log does not list it as replaced since. A source
      is left out (its records all count as staged before) when the log cannot tell: it is
      missing, it was pruned past the last build (portrait__retraction_log_days), or the
      staging model was rebuilt in full since (which logs nothing).
    * `<model>__resolved_before`: the records this build reads by their loaded_at that are not
      first staged and whose resolution `resolutions` neither wrote nor retracted since (a
      record retracted since has its one row among those written since, or none): the only
      ones whose person must be searched for in all of `resolutions`. Most batches list none, and the
      model's search against an empty table reads no rows. (Computed in the select, as a CTE
      over the batch's events, DuckDB planned the search the other way round and scanned all
      36M resolutions at 1,000,000 persons even when the list was empty: 1.4-1.9 s.)

    sources: a list of [source_name, staging relation, record id column, relation the model
    reads the source's records from (the staging relation when omitted)]. -#}
{% macro event_records_scope(sources, resolutions) -%}
    {%- if not (execute and is_incremental()) or model.resource_type == 'unit_test' -%}
        {{ return('') }}
    {%- endif -%}
    {%- set last = last_build_of_this() -%}
    {%- set first_staged = [] -%}
    {%- set staged_since = [] -%}
    {%- for source in sources -%}
        {%- set staged = source[1] -%}
        {%- set log = staged.identifier ~ '__retracted' -%}
        {%- if portrait_table_exists(staged.schema, log) -%}
            {%- do first_staged.append(
                "(select '" ~ source[0] ~ "' as source_name, " ~ source[2]
                ~ " as source_record_id from " ~ staged
                ~ " where loaded_at > " ~ last
                ~ " and " ~ last ~ " >= " ~ retraction_log_window_start()
                ~ " and not (" ~ rewritten_in_full(staged, last) ~ ")"
                ~ " except select '" ~ source[0] ~ "', " ~ source[2]
                ~ " from " ~ staged.schema ~ "." ~ log ~ " where loaded_at > " ~ last ~ ")") -%}
        {%- endif -%}
        {%- do staged_since.append(
            "select '" ~ source[0] ~ "', " ~ source[2] ~ " from "
            ~ (source[3] if source | length > 3 else staged)
            ~ " where loaded_at > " ~ last) -%}
    {%- endfor -%}
    {%- set empty = "select cast(null as varchar) as source_name, "
                    ~ "cast(null as varchar) as source_record_id where false" -%}
    {%- set side = this.schema ~ '.' ~ this.identifier -%}
    {{ portrait_create_table(side ~ '__first_staged', (first_staged + [empty]) | join(' union all ')) }};
    {{ portrait_create_table(side ~ '__resolved_before',
        "select * from (" ~ staged_since | join(' union ') ~ ") as staged_since
        (source_name, source_record_id)
        except select source_name, source_record_id from " ~ side ~ "__first_staged
        except select source_name, source_record_id from " ~ resolutions
        ~ " where loaded_at > " ~ last
        ~ " except select source_name, source_record_id from " ~ resolutions.schema ~ "."
        ~ resolutions.identifier ~ "__retracted where loaded_at > " ~ last) }}
{%- endmacro %}


{#- The pre-hook of int_orders_joined_to_persons (see the model). It writes two lists of
    order ids, read by the model as tables (against a CTE, DuckDB scanned all the resolutions
    even for an empty list; see event_records_scope):

    * `<model>__scope`: the orders this build writes again: staged since the model's last
      build (every order when that build lies before portrait__retraction_log_days), with lines
      staged since, or whose resolution `resolutions` wrote or retracted since.
    * `<model>__resolved_before`: those whose resolution was neither written nor retracted
      since, the only ones whose person the model searches for in all of `resolutions` (an
      order retracted since has its one row among those written since, or none). -#}
{% macro orders_in_scope(orders, order_items, resolutions) -%}
    {%- if not (execute and is_incremental()) or model.resource_type == 'unit_test' -%}
        {{ return('') }}
    {%- endif -%}
    {%- set last = last_build_of_this() -%}
    {%- set side = this.schema ~ '.' ~ this.identifier -%}
    {%- set resolved_since -%}
        select source_record_id from {{ resolutions }}
        where source_name = 'orders' and loaded_at > {{ last }}
    {%- endset -%}
    {%- set scope_sql -%}
        select order_id from {{ orders }}
        where loaded_at > {{ last }}
            or {{ last }} < {{ retraction_log_window_start() }}
        union
        select order_id from {{ order_items }}
        where loaded_at > {{ last }}
        union
        {{ resolved_since }}
        union
        select source_record_id
        from {{ resolutions.schema }}.{{ resolutions.identifier }}__retracted
        where source_name = 'orders' and loaded_at > {{ last }}
    {%- endset -%}
    {{ portrait_create_table(side ~ '__scope', scope_sql) }};
    {{ portrait_create_table(side ~ '__resolved_before',
        'select order_id from ' ~ side ~ '__scope except ' ~ resolved_since
        ~ ' except select source_record_id from ' ~ resolutions.schema ~ '.'
        ~ resolutions.identifier ~ "__retracted where source_name = 'orders' and loaded_at > "
        ~ last) }}
{%- endmacro %}


{#- A 64-bit hash of a text, to compare and order long texts (raw records) cheaply. -#}
{% macro record_hash(expr) -%}
    {{ return(adapter.dispatch('record_hash', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__record_hash(expr) -%}
    hash({{ expr }})
{%- endmacro %}

{% macro default__record_hash(expr) -%}
    xxhash64({{ expr }})
{%- endmacro %}


{#- A stable 64-bit hash of a record key, for <model>__key_hashes (rank_record_copies). Unlike
    record_hash, which compares texts within one build, these hashes are stored and compared
    with hashes computed by later builds, so they are an MD5 half, not DuckDB's hash(), whose
    values may change between DuckDB versions. -#}
{% macro record_key_hash(expr) -%}
    {{ return(adapter.dispatch('record_key_hash', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__record_key_hash(expr) -%}
    md5_number_lower({{ expr }})
{%- endmacro %}

{% macro default__record_key_hash(expr) -%}
    xxhash64({{ expr }})
{%- endmacro %}


{#- The keys of `base` (a base model) that its ranking logged since `last` (see
    rank_record_copies): the keys with more than one copy among the rows loaded since, the only
    ones whose copies loaded before can have changed. A subquery. -#}
{% macro repeated_keys_since(base, last) -%}
    select repeated.record_key
    from {{ ref(base).schema }}.{{ ref(base).identifier }}__repeated as repeated
    where repeated.loaded_at > {{ last }}
{%- endmacro %}


{#- Whether stg_landing__quarantined_rows builds incrementally: it was built before (its
    `__built` side table exists) and within portrait__retraction_log_days, the time the base
    models keep their logs of repeated keys (incremental_with), and every base model has that
    log. -#}
{% macro quarantined_rows_are_incremental() -%}
    {%- if not incremental_with(['built']) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- for entry in landing_catalog() -%}
        {%- if adapter.get_relation(this.database, ref(entry.base).schema,
                                    ref(entry.base).identifier ~ '__repeated') is none -%}
            {{ return(false) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(true) }}
{%- endmacro %}


{#- The pre-hook of stg_landing__quarantined_rows (see the model): deletes the rows of the
    record keys with copies loaded before that a base model wrote a copy of since the model's
    last build (repeated_keys_since); the model adds every copy of them again as they now are.
    A key first loaded since has no rows here yet. When the model cannot build incrementally,
    an existing table is emptied and the model reads every base row. -#}
{% macro quarantined_rows_scope() -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- if not quarantined_rows_are_incremental() -%}
        {%- do run_query('delete from ' ~ this) -%}
        {#- a base model built before it logged its repeated keys: its log starts empty now,
            as this build reads every base row -#}
        {%- for entry in landing_catalog() -%}
            {%- do run_query('create table if not exists ' ~ ref(entry.base).schema ~ '.'
                ~ ref(entry.base).identifier ~ '__repeated as select record_key, loaded_at from '
                ~ ref(entry.base) ~ ' where false') -%}
        {%- endfor -%}
        {{ return('') }}
    {%- endif -%}
    {%- set last = last_recorded_build() -%}
    {%- set rewritten -%}
        {%- for entry in landing_catalog() %}
        select '{{ entry.source_name }}' as source_name, {{ entry.record_id }} as source_record_id
        from {{ ref(entry.base) }}
        where loaded_at > {{ last }}
            and record_key in ({{ repeated_keys_since(entry.base, last) }})
        {%- if not loop.last %}
        union all
        {%- endif %}
        {%- endfor %}
    {%- endset -%}
    {%- do run_query('delete from ' ~ this ~ ' where (source_name, source_record_id) in ('
        ~ rewritten ~ ')') -%}
    {{ return('') }}
{%- endmacro %}

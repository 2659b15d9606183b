{#-
    landing_base(table_name, fields, key, preferred_first, checks)

    The body of a base_<source>__<entity>s model: every landing row of `table_name` once, its
    fields extracted as text, and a quarantine_reason that is null only for the rows that staging
    keeps. Nothing is filtered here, so the base model is the complete account of what was read.

    fields           list of output columns; an item is 'name' (read from $.name) or
                     ['column_name', '$.json.path']
    key              SQL expression of the record key (duplicates share it)
    preferred_first  ORDER BY of the copies of one key; the first is staged
    checks           list of [reason, condition]; the first condition that holds quarantines
                     the row (malformed_json and oversized_record are always checked first)
    timestamps       fields parsed once here to UTC as <field>_utc, for the checks, the
                     ordering of versions and the staging model (parsing is the costly part)

    The model is incremental and append-only: an incremental build reads only the landing files it
    has not loaded (landing_files_to_read) and appends their rows, each with its row-level reason.
    The post-hooks then rank every copy of each key that the new rows carry, together with the
    copies already loaded (rank_record_copies), and note the build in <model>__ranked
    (record_build_of_this); the ranking writes duplicate_record / superseded_version where a
    full build over all files would: a re-delivered file, or a record sent again in a
    later file, is never a second staged row. It touches only keys with more than one copy, so a
    build costs what it reads, not a window over every row of the source. loaded_at is the start
    of the build that last wrote a row (or changed its reason, ranking); staging models read the
    rows written since their own last build.

    `dbt build --full-refresh` leaves these models as they are (full_refresh=false), so that an
    ordinary full refresh does not re-read every landing file. `portrait build --full-refresh`
    (and a full-refresh run in Dagster) drops them and loads the folders again
    (portrait.cli.load_landing).
-#}
{% macro landing_base(table_name, fields, key, preferred_first, checks, timestamps=[]) %}
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    tags=['landing_base'],
    full_refresh=false,
    post_hook=[
        {'sql': "{{ rank_record_copies('" ~ preferred_first | replace("'", "\\'") ~ "') }}",
         'transaction': false},
        {'sql': "{{ record_build_of_this('ranked') }}", 'transaction': false},
    ],
) }}
with

records as (
    {{ landing_records(table_name, landing_files_to_read(table_name)) }}
),

readable as (
    -- fields are only extracted from valid JSON objects; the rest is quarantined whole
    select
        *,
        case when is_valid_record then raw_record end as valid_record
    from records
),

{%- set paths = [] -%}
{%- for field in fields -%}
    {%- do paths.append('$.' ~ field if field is string else field[1]) -%}
{%- endfor %}

extracted as (
    -- every field's text in one pass over the JSON (parsing is the costly part of a build)
    select
        *,
        {{ json_texts('valid_record', paths) }} as field_texts
    from readable
),

parsed as (
    select
        source_file,
        source_file_version,
        raw_record,
        is_valid_record,
        {%- for field in fields %}
        {{ json_text_at('field_texts', loop.index, 'valid_record', paths[loop.index0]) }}
            as {{ field if field is string else field[0] }},
        {%- endfor %}
        {{ key }} as record_key
    from extracted
),

timed as (
    select
        *
        {%- for field in timestamps %},
        {{ to_utc(field) }} as {{ field }}_utc
        {%- endfor %}
    from parsed
),

flagged as (
    select
        *,
        {{ quarantine_reason(checks) }} as row_quarantine_reason
    from timed
),

final as (
    -- every row with its own reason; rank_record_copies adds the reasons between copies
    select
        * exclude (is_valid_record, row_quarantine_reason),
        row_quarantine_reason as quarantine_reason,
        {{ build_started_at() }} as loaded_at
    from flagged
)

select * from final
{% endmacro %}


{#-
    rank_record_copies(preferred_first): the first post-hook of every base model.

    Ranks the copies of each record key that the rows not ranked yet carry, together with the
    copies loaded before, and updates their quarantine_reason as a full read of every file would
    set it: among the copies without a row-level reason, the first by `preferred_first` (then
    the later file, the raw record's hash, the earlier row) is staged; a copy whose raw record
    equals the staged one's is a duplicate_record, any other a superseded_version. Rows with a row-level
    reason keep it. A copy whose reason changes gets this build's loaded_at, so that the models
    downstream (the quarantine audit) take it up again; a copy whose reason stays keeps its
    loaded_at. (A new copy was just appended with this build's loaded_at, so staging takes its
    key up in any case; copies loaded before keep their order among themselves, so a new copy
    can only quarantine the staged one, never stage a quarantined one.) Re-ranking rows that
    were ranked before therefore writes nothing, and nothing downstream is built again: a
    warehouse without the marker (built before it existed) ranks every key once and changes
    no row.

    Only keys with more than one copy are ranked and updated, instead of a window over every
    row. When no row was ranked before, one grouped pass over the whole table finds them.
    Otherwise they are the keys of the rows loaded after the last ranking (which
    <model>__ranked records) that repeat among those rows, or that rows loaded before also
    carry. The second kind is looked up by hash: <model>__key_hashes holds a 64-bit hash
    (record_key_hash) of the key of every row loaded, and only the new keys whose hash it
    holds are searched for among the rows' string keys. A batch of new records reads the
    hashes, not the keys: at 1M persons the grouped pass over the new keys read all 15M
    web-event keys (1.2-2.1 s of a micro-batch), the hash lookup takes 0.10-0.26 s
    (bench/RESULTS.md). The table is
    written at every ranking, and catches up on the rows loaded or stamped after its latest row
    (a build by a version that did not write it, or a warehouse built before it existed). The
    keys found are logged in <model>__repeated with this build's loaded_at (kept
    portrait__retraction_log_days), so that the quarantine audit looks again only at the keys
    that have copies loaded before (stg_landing__quarantined_rows).

    The hooks run after the rows are committed, in transactions of their own: DuckDB writes the
    rows of a table that is appended to and then updated in one transaction into its
    write-ahead log in full (25 GB for the 1M-person landing, written a second time at the
    checkpoint), where a committed append goes straight to the database file. Ranking is
    idempotent, so a build that stopped between the append and the ranking leaves its rows
    unranked only until the next build ranks them (they were loaded after the last ranking).
-#}
{% macro rank_record_copies(preferred_first) -%}
    {{ return(adapter.dispatch('rank_record_copies', 'portrait')(preferred_first)) }}
{%- endmacro %}

{% macro duckdb__rank_record_copies(preferred_first) -%}
{%- set built = build_started_at() -%}
{%- set marker = adapter.get_relation(this.database, this.schema, this.identifier ~ '__ranked')
    if execute else none -%}
{%- if marker is not none -%}
    {%- set ranked_through = '(select max(ranked.loaded_at) from ' ~ marker ~ ' as ranked)' -%}
    {%- set has_ranked_rows = run_query(
        'select count(*) > 0 from (select 1 from ' ~ this ~ ' where loaded_at <= '
        ~ ranked_through ~ ' limit 1)').columns[0].values()[0] -%}
{%- else -%}
    {%- set has_ranked_rows = false -%}
{%- endif -%}
{%- set repeated_log = this.schema ~ '.' ~ this.identifier ~ '__repeated' -%}
{%- set key_hashes = this.schema ~ '.' ~ this.identifier ~ '__key_hashes' -%}
{%- set new_keys = this.identifier ~ '__new_keys' -%}
{%- if execute -%}
    {#- the keys to rank, logged with this build's loaded_at: those with more than one copy -#}
    {%- do run_query('create table if not exists ' ~ repeated_log
        ~ ' as select record_key, loaded_at from ' ~ this ~ ' where false') -%}
    {%- do run_query('delete from ' ~ repeated_log ~ ' where loaded_at = ' ~ built
        ~ ' or loaded_at < ' ~ retraction_log_window_start()) -%}
    {%- if has_ranked_rows -%}
        {%- do run_query(update_record_key_hashes(key_hashes, ranked_through)) -%}
        {#- the keys of the rows not ranked yet; those loaded before are found by their hash,
            so that the string keys of every row are read only when a hash matches -#}
        {%- do run_query('create or replace temp table ' ~ new_keys ~ ' as select record_key, '
            ~ record_key_hash('record_key') ~ ' as key_hash from ' ~ this
            ~ ' where record_key is not null and loaded_at > ' ~ ranked_through) -%}
        {%- do run_query('insert into ' ~ repeated_log ~ ' select record_key, ' ~ built
            ~ ' from ' ~ new_keys ~ ' group by record_key having count(*) > 1') -%}
        {%- do run_query('create or replace temp table ' ~ new_keys ~ '_seen as '
            ~ 'select distinct record_key from ' ~ new_keys ~ ' where key_hash in '
            ~ '(select seen.key_hash from ' ~ key_hashes ~ ' as seen)') -%}
        {%- if run_query('select count(*) from ' ~ new_keys ~ '_seen').columns[0].values()[0] > 0 -%}
            {%- do run_query('insert into ' ~ repeated_log ~ ' select distinct record_key, '
                ~ built ~ ' from ' ~ this ~ ' where loaded_at <= ' ~ ranked_through
                ~ ' and record_key in (select seen.record_key from ' ~ new_keys ~ '_seen as seen)'
                ~ ' and record_key not in (select logged.record_key from ' ~ repeated_log
                ~ ' as logged where logged.loaded_at = ' ~ built ~ ')') -%}
        {%- endif -%}
        {%- do run_query('insert into ' ~ key_hashes ~ ' select key_hash, ' ~ built
            ~ ' as loaded_at from ' ~ new_keys) -%}
        {%- do run_query('drop table ' ~ new_keys) -%}
        {%- do run_query('drop table ' ~ new_keys ~ '_seen') -%}
    {%- else -%}
        {%- do run_query('insert into ' ~ repeated_log ~ ' select record_key, ' ~ built
            ~ ' as loaded_at from ' ~ this ~ ' where record_key is not null'
            ~ ' group by record_key having count(*) > 1') -%}
        {%- do run_query(portrait_create_table(key_hashes, 'select '
            ~ record_key_hash('record_key') ~ ' as key_hash, ' ~ built ~ ' as loaded_at from '
            ~ this ~ ' where record_key is not null')) -%}
    {%- endif -%}
{%- endif -%}
update {{ this }} as target
set
    quarantine_reason = ranked.quarantine_reason,
    loaded_at = {{ built }}
from (
    with

    repeated_keys as (
        select record_key from {{ repeated_log }}
        where loaded_at = {{ built }}
    ),

    copies as (
        select
            rowid as copy_rowid,
            *,
            case
                when quarantine_reason not in ('duplicate_record', 'superseded_version')
                    then quarantine_reason
            end as row_quarantine_reason,
            {{ record_hash('raw_record') }} as raw_record_hash
        from {{ this }}
        where record_key in (select repeated_keys.record_key from repeated_keys)
    ),

    ranked as (
        select
            copy_rowid,
            case
                when row_quarantine_reason is not null then row_quarantine_reason
                when row_number() over copies_of_key = 1 then null
                when raw_record_hash = first_value(raw_record_hash) over copies_of_key
                    then 'duplicate_record'
                else 'superseded_version'
            end as quarantine_reason
        from copies
        window copies_of_key as (
            partition by record_key, row_quarantine_reason is null
            -- the row id last: identical copies in one file keep the same order every time
            -- they are ranked, so ranking them again changes nothing
            order by {{ preferred_first }}, source_file desc, raw_record_hash, copy_rowid
        )
    )

    select * from ranked
) as ranked
where
    target.rowid = ranked.copy_rowid
    and target.quarantine_reason is distinct from ranked.quarantine_reason
{%- endmacro %}

{% macro default__rank_record_copies(preferred_first) -%}
    {{ exceptions.raise_compiler_error(
        "rank_record_copies has no implementation for adapter " ~ adapter.type()
        ~ ": the base models read landing files, which only the DuckDB adapter does.") }}
{%- endmacro %}


{#- rank_record_copies' statement that makes <model>__key_hashes hold the hash of the key of
    every row loaded through `ranked_through` (the last ranking), before it looks new keys up
    in it: it is created from every such row when missing (a warehouse built before it
    existed), and otherwise takes the rows loaded or stamped after its latest row and through
    the last ranking (a build by a version that did not write it). After a build that wrote it,
    that range is empty. -#}
{% macro update_record_key_hashes(key_hashes, ranked_through) -%}
    {%- set parts = key_hashes.split('.') -%}
    {%- if not portrait_table_exists(parts[0], parts[1]) -%}
        {{ portrait_create_table(key_hashes, 'select ' ~ record_key_hash('record_key')
            ~ ' as key_hash, loaded_at from ' ~ this ~ ' where record_key is not null'
            ~ ' and loaded_at <= ' ~ ranked_through) }}
    {%- else -%}
        insert into {{ key_hashes }}
        select {{ record_key_hash('record_key') }} as key_hash, loaded_at
        from {{ this }}
        where record_key is not null
            and loaded_at > (
                select coalesce(max(seen.loaded_at), cast('1970-01-01' as timestamp))
                from {{ key_hashes }} as seen
            )
            and loaded_at <= {{ ranked_through }}
    {%- endif -%}
{%- endmacro %}

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

    The model is incremental (delete+insert on record_key). An incremental build reads only the
    landing files it has not loaded (landing_files_to_read), and re-ranks every copy of each key
    that the new files carry together with the copies already loaded, so the rows of those keys
    come out exactly as a full build over all files would give them: a re-delivered file, or a
    record sent again in a later file, is a duplicate_record or superseded_version, never a second
    staged row. loaded_at is the start of the build that last wrote a row; staging models read
    the rows written since their own last build.

    `dbt build --full-refresh` leaves these models as they are (full_refresh=false): reading a
    large landing folder in one query does not fit in memory. `portrait build --full-refresh`
    (and a full-refresh run in Dagster) drops them and loads the folder one file per source at a
    time (portrait.cli.load_landing_in_steps), through this same incremental path.
-#}
{% macro landing_base(table_name, fields, key, preferred_first, checks, timestamps=[]) %}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='record_key',
    on_schema_change='fail',
    tags=['landing_base'],
    full_refresh=false,
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

{% if is_incremental() %}

batch_keys as (
    select distinct record_key
    from flagged
    where record_key is not null
),

loaded_copies as (
    -- the copies of the batch's keys that earlier builds loaded, with their own row-level reason
    select
        loaded.* exclude (quarantine_reason, loaded_at),
        case
            when loaded.quarantine_reason not in ('duplicate_record', 'superseded_version')
                then loaded.quarantine_reason
        end as row_quarantine_reason
    from {{ this }} as loaded
    where loaded.record_key in (select batch_keys.record_key from batch_keys)
),

copies as (
    select * exclude (is_valid_record) from flagged
    union all by name
    select * from loaded_copies
),

{% else %}

copies as (
    select * exclude (is_valid_record) from flagged
),

{% endif %}

numbered as (
    select
        *,
        {{ record_hash('raw_record') }} as raw_record_hash,
        row_number() over () as copy_id
    from copies
),

copy_ranks as (
    -- ranked on a narrow projection and joined back: a window that carried every field and the
    -- raw text of 15M web events ran a 1M-person build out of memory. Copies are told apart by
    -- a hash of their raw record.
    select
        copy_id,
        row_number() over copies_of_key as version_rank,
        first_value(raw_record_hash) over copies_of_key as surviving_record_hash
    from numbered
    window copies_of_key as (
        partition by record_key, row_quarantine_reason is null
        order by {{ preferred_first }}, source_file desc, raw_record_hash
    )
),

versioned as (
    select
        numbered.*,
        copy_ranks.version_rank,
        copy_ranks.surviving_record_hash
    from numbered
    inner join copy_ranks
        on numbered.copy_id = copy_ranks.copy_id
),

final as (
    select
        * exclude (
            row_quarantine_reason, version_rank, surviving_record_hash, raw_record_hash, copy_id
        ),
        case
            when row_quarantine_reason is not null then row_quarantine_reason
            when version_rank = 1 then null
            when raw_record_hash = surviving_record_hash then 'duplicate_record'
            else 'superseded_version'
        end as quarantine_reason,
        {{ build_started_at() }} as loaded_at
    from versioned
)

select * from final
{% endmacro %}

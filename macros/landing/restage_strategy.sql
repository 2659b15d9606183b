{#-
    The `restage` incremental strategy of the staging models (incremental_strategy='restage',
    with a single-column unique_key): dbt's delete+insert, which also logs the key of every row it
    replaces in `<model>__retracted` (key, loaded_at), the retraction log the identity models read.

    Why: a staged record that is new has no rows downstream, so the identity models need to
    search their tables (tens of millions of rows at 1M persons) only for the records staged
    again, which this log lists, not for every record staged since their last build. A batch of
    new events then searches nothing (a search against an empty list reads no rows).

    A staging model rebuilt in full (a first build, --full-refresh) writes no log entries; the
    models downstream see that its rows were all written after their own last build
    (rewritten_in_full) and search for all of them, as before. Entries older than
    portrait__retraction_log_days are pruned, like the identity models' retraction logs.
-#}
{% macro get_incremental_restage_sql(arg_dict) -%}
    {%- set key = arg_dict['unique_key'] -%}
    {%- if key is none or (key is sequence and key is not string) -%}
        {{ exceptions.raise_compiler_error(
            "incremental_strategy 'restage' needs a unique_key of one column, got "
            ~ key ~ " in " ~ this) }}
    {%- endif -%}
    {{ return(adapter.dispatch('restage_sql', 'portrait')(
        arg_dict['target_relation'], arg_dict['temp_relation'], key,
        get_quoted_csv(arg_dict['dest_columns'] | map(attribute='name')))) }}
{%- endmacro %}


{#- The log of the keys a `restage` build replaced: created empty if missing, and pruned. -#}
{% macro restage_log_sql(target, key) -%}
    {%- set log = target.schema ~ '.' ~ target.identifier ~ '__retracted' -%}
    create table if not exists {{ log }} as
    select {{ key }}, {{ build_started_at() }} as loaded_at from {{ target }} where false;
    delete from {{ log }} where loaded_at < {{ dbt.dateadd(
        'day', -1 * var('portrait__retraction_log_days'), build_started_at()) }};
{%- endmacro %}


{#- On DuckDB the replaced rows are found once, by key, and deleted by row id (as in
    log_and_delete_rows). -#}
{% macro duckdb__restage_sql(target, source, key, columns) -%}
    {%- set log = target.schema ~ '.' ~ target.identifier ~ '__retracted' -%}
    {%- set found = target.identifier ~ '__restaging' -%}
    {{ restage_log_sql(target, key) }}
    create or replace temporary table {{ found }} as
    select rowid as replaced_rowid, {{ key }} from {{ target }}
    where {{ key }} in (select {{ key }} from {{ source }});
    insert into {{ log }} select distinct {{ key }}, {{ build_started_at() }} from {{ found }};
    delete from {{ target }} where rowid in (select replaced_rowid from {{ found }});
    drop table {{ found }};
    insert into {{ target }} ({{ columns }}) select {{ columns }} from {{ source }}
{%- endmacro %}

{% macro default__restage_sql(target, source, key, columns) -%}
    {%- set log = target.schema ~ '.' ~ target.identifier ~ '__retracted' -%}
    {{ restage_log_sql(target, key) }}
    insert into {{ log }}
    select distinct {{ key }}, {{ build_started_at() }} from {{ target }}
    where {{ key }} in (select {{ key }} from {{ source }});
    delete from {{ target }} where {{ key }} in (select {{ key }} from {{ source }});
    insert into {{ target }} ({{ columns }}) select {{ columns }} from {{ source }}
{%- endmacro %}

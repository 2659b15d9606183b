{#-
    Person scope: how the person-level models (traits, golden record, predictions, profiles,
    consents, memberships, and the identity cluster statistics) are built in a micro-batch.

    int_affected_persons lists, at every build, the persons whose person-level rows may have
    changed: the persons of the records and identifiers that identity resolution wrote or
    retracted since its last build (and the persons they belonged to before), and every deleted
    person. A person-scoped model is incremental (append):
      * its pre-hook (person_scope_start) writes `<model>__person_scope`, the persons listed in
        int_affected_persons since this model's own last build (`<model>__person_scope_built`),
        and deletes their rows;
      * its select reads only those persons' inputs (in_person_scope on each person-keyed
        import) and computes their rows again, exactly as a full build would;
      * its post-hook (person_scope_finish) records this build as the model's last.
    Every other person keeps the rows it has. A full build (first build, --full-refresh, or a
    model whose side tables are missing) computes every person.

    What a person's rows depend on must therefore be that person's own records, the seeds and
    vars, and the profile clock. Two things do not fit and are handled apart: the prediction
    model is trained at full builds only (int_person_predictions), and a change of profile clock
    does not recompute the persons outside the scope: their rows keep the clock they were
    computed at (`profile_as_of_at`) until the next full build, which the daily schedule runs.
-#}

{#- The config of a person-scoped model: `{{ config(**person_scoped_config()) }}`. -#}
{% macro person_scoped_config() -%}
    {%- set config = {
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'pre_hook': ['{{ person_scope_start() }}'],
        'post_hook': ['{{ person_scope_finish() }}'],
    } -%}
    {{ return(config) }}
{%- endmacro %}


{#- Whether this build computes only the persons in scope: an incremental build of a model that
    was person-scoped within the last portrait__retraction_log_days (int_affected_persons keeps
    its rows that long) under the same rules (person_scope_rules). Otherwise the model computes
    every person again. Never in a unit test, which gives every input as rows. -#}
{% macro person_scope_is_incremental() -%}
    {#- asked once per rendering of the model (its SQL, then its hooks): a model calls
        in_person_scope on every import, and each answer took two queries -#}
    {%- set key = 'portrait_person_scope_is_incremental' -%}
    {%- if key not in model -%}
        {%- do model.update({key: person_scope_is_incremental_asked()}) -%}
    {%- endif -%}
    {{ return(model[key]) }}
{%- endmacro %}

{% macro person_scope_is_incremental_asked() -%}
    {%- if not incremental_with(['person_scope_built']) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set built = run_query('select *, cast(loaded_at as timestamp) >= '
        ~ retraction_log_window_start()
        ~ ' as recent from ' ~ this.schema ~ '.' ~ this.identifier ~ '__person_scope_built') -%}
    {%- if 'rules' not in built.column_names or built.rows | length != 1 -%}
        {{ return(false) }}
    {%- endif -%}
    {{ return(built.rows[0]['recent'] == true
              and built.rows[0]['rules'] == person_scope_rules()) }}
{%- endmacro %}


{#- A fingerprint of the rules a person-scoped model applies: its own SQL, every seed's contents,
    every segment definition and the vars given on the command line. When it changes (a seed
    or segment edited or added), the model computes every person again instead of only the
    persons the data touched. Vars edited in dbt_project.yml are not seen: run a full build. -#}
{% macro person_scope_rules() -%}
    {%- set parts = [model.raw_code] -%}
    {%- for node in graph.nodes.values() | selectattr('resource_type', 'equalto', 'seed')
                    | sort(attribute='unique_id') -%}
        {%- do parts.append(node.unique_id ~ ':' ~ node.checksum.checksum) -%}
    {%- endfor -%}
    {%- for exposure in graph.exposures.values() | sort(attribute='unique_id') -%}
        {%- do parts.append(exposure.unique_id ~ ':' ~ tojson(exposure.config.meta, sort_keys=true)) -%}
    {%- endfor -%}
    {%- do parts.append(tojson(invocation_args_dict.get('vars', {}), sort_keys=true)) -%}
    {{ return(local_md5(parts | join('|'))) }}
{%- endmacro %}


{#- A predicate on a person-keyed import: `column` is in this build's person scope (true in a
    full build). The ref keeps int_affected_persons upstream of every person-scoped model; unit
    tests, which give every input as rows, leave it out. -#}
{% macro in_person_scope(column='person_id') -%}
    {%- if model.resource_type == 'unit_test' -%}
        {{ return('true') }}
    {%- endif -%}
    {%- set affected = ref('int_affected_persons') -%}
    {%- if person_scope_is_incremental() -%}
        {{ column }} in (
            select person_scope.person_id
            from {{ this.schema }}.{{ this.identifier }}__person_scope as person_scope
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}


{#- A predicate on a staged source's import: its `key` is a record of `source_name` in the CTE
    `records` (idn_source_record_persons already restricted with in_person_scope), so that only
    the scoped persons' records are read; true in a full build. -#}
{% macro in_scoped_records(key, source_name, records='record_persons') -%}
    {%- if person_scope_is_incremental() -%}
        {{ key }} in (
            select {{ records }}.source_record_id from {{ records }}
            where {{ records }}.source_name = '{{ source_name }}'
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}


{#- Post-hook of int_affected_persons: the records (idn_source_record_persons rows) of the
    persons it listed in this build, in `int_affected_persons__records`, and the build they
    belong to in `int_affected_persons__records_built`. Six person-scoped models read their
    persons' records; each searched the whole resolution table for them (36M rows at 1M
    persons), now one search serves them all (records_in_person_scope). A full build lists
    every person and writes no records: the old ones and their marker are removed. -#}
{% macro write_person_scope_records(record_persons) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set prefix = this.schema ~ '.' ~ this.identifier -%}
    {%- if not is_incremental() -%}
        {%- do run_query('drop table if exists ' ~ prefix ~ '__records') -%}
        drop table if exists {{ prefix }}__records_built
    {%- else -%}
        {%- do run_query('drop table if exists ' ~ prefix ~ '__records_built') -%}
        {%- do run_query(portrait_create_table(prefix ~ '__records', 'select * from '
            ~ rows_where(record_persons, 'person_id in (select listed.person_id from '
                ~ this ~ ' as listed where listed.loaded_at = ' ~ build_started_at() ~ ')')
            ~ ' as scoped')) -%}
        {{ portrait_create_table(prefix ~ '__records_built',
                                 'select ' ~ build_started_at() ~ ' as listed_at') }}
    {%- endif -%}
{%- endmacro %}


{#- The resolutions (idn_source_record_persons rows) of this build's person scope, as a relation
    to select from: `record_persons` where in_person_scope, or, when this model's scope is
    exactly the persons int_affected_persons listed in this build (the usual micro-batch: the
    model was built at the previous build too), the records that int_affected_persons wrote
    for them (write_person_scope_records), which spares a search of the whole table. -#}
{% macro records_in_person_scope(record_persons) -%}
    {#- unit tests give every input as rows and name no int_affected_persons (in_person_scope) -#}
    {%- if model.resource_type != 'unit_test' and person_scope_is_incremental() -%}
        {%- set affected = ref('int_affected_persons') -%}
    {%- endif -%}
    {%- if affected is defined
            and portrait_table_exists(affected.schema, affected.identifier ~ '__records_built') -%}
        {%- set prefix = affected.schema ~ '.' ~ affected.identifier -%}
        {%- set same = run_query(
            'select (select count(*) from ' ~ prefix ~ '__records_built where listed_at = '
            ~ build_started_at() ~ ') = 1 and not exists (select 1 from ' ~ affected
            ~ ' where loaded_at > (select max(loaded_at) from ' ~ this.schema ~ '.'
            ~ this.identifier ~ '__person_scope_built) and loaded_at < ' ~ build_started_at()
            ~ ')') -%}
        {%- if same.columns[0].values()[0] == true -%}
            {{ return(prefix ~ '__records') }}
        {%- endif -%}
    {%- endif -%}
    {{ return('(select * from ' ~ record_persons ~ ' where ' ~ in_person_scope()
              ~ ') as record_persons_in_scope') }}
{%- endmacro %}


{#- Pre-hook: write this build's person scope and delete the rows of the persons in it. -#}
{% macro person_scope_start() -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set prefix = this.schema ~ '.' ~ this.identifier -%}
    {%- if not person_scope_is_incremental() -%}
        {#- the select computes every person: start from an empty table; no scope table either
            (the Python model int_person_predictions reads its absence as a full build) -#}
        {%- do run_query('delete from ' ~ this) -%}
        {%- do run_query('drop table if exists ' ~ prefix ~ '__person_scope') -%}
        {{ return('') }}
    {%- endif -%}
    {%- do run_query(portrait_create_table(prefix ~ '__person_scope',
        'select distinct person_id from ' ~ ref('int_affected_persons')
        ~ ' where loaded_at > (select max(loaded_at) from ' ~ prefix ~ '__person_scope_built)')) -%}
    {%- do run_query('delete from ' ~ this ~ ' where person_id in (select person_id from '
        ~ prefix ~ '__person_scope)') -%}
    {{ return('') }}
{%- endmacro %}


{#- Post-hook: this build is the model's last; the next one reads the persons listed after it. -#}
{% macro person_scope_finish() -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__person_scope_built',
                             'select ' ~ build_started_at() ~ ' as loaded_at, \''
                             ~ person_scope_rules() ~ '\' as rules') }}
{%- endmacro %}


{#- Post-hook of a person-keyed model built by delete+insert on person_id (see
    fct_customer_daily_activity): deletes the rows of deleted persons and of persons that no
    longer exist. A person can only have gone since the model's previous build if
    idn_identifier_persons logged one of its identifiers in idn_identifier_persons__retracted
    since then (mapped to another person, or gone), so only those persons are looked up in the
    map; when the map was rebuilt in full since (no row of it is older), every person of the
    model is. Nothing in a full build. -#}
{% macro delete_vanished_persons(identifier_persons, deleted_persons) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {#- the start of the model's previous build: its rows carry it in loaded_at -#}
    {%- set previous_build -%}
        (select coalesce(max(kept.loaded_at), cast('1900-01-01' as timestamp))
         from {{ this }} as kept where kept.loaded_at < {{ build_started_at() }})
    {%- endset -%}
    {%- set rebuilt = run_query('select coalesce(min(loaded_at) > ' ~ previous_build ~ ', true) from '
                                ~ identifier_persons).columns[0].values()[0] -%}
    {%- if rebuilt -%}
        {%- set candidates = 'select person_id from ' ~ this -%}
    {%- else -%}
        {%- set candidates = 'select person_id from ' ~ identifier_persons.schema ~ '.'
            ~ identifier_persons.identifier ~ '__retracted where loaded_at > ' ~ previous_build -%}
    {%- endif -%}
    delete from {{ this }}
    where person_id in (
        with candidates as (
            {{ candidates }}
        )
        select candidates.person_id from candidates
        except
        select persons.person_id from {{ identifier_persons }} as persons
        where persons.person_id in (select candidates.person_id from candidates)
    )
    or person_id in (select deleted.person_id from {{ deleted_persons }} as deleted)
{%- endmacro %}


{#- rows_where(relation, predicate): the rows of `relation` where `predicate` holds, as a
    subquery. On DuckDB the predicate is evaluated first on its own columns, and the other
    columns are read only for the rows it keeps (by row id): the resolutions of 10,000 persons
    among the 36M person-ordered rows at 1M persons, every column kept, took 0.28 s that way
    against 0.92 s as one filter (bench/bench_key_searches.py). Worth it where the rows are written out
    whole; where a model reads a few columns of the rows found, one filter was as fast. -#}
{% macro rows_where(relation, predicate) -%}
    {{ return(adapter.dispatch('rows_where', 'portrait')(relation, predicate)) }}
{%- endmacro %}

{% macro default__rows_where(relation, predicate) -%}
    (select * from {{ relation }} where {{ predicate }})
{%- endmacro %}

{% macro duckdb__rows_where(relation, predicate) -%}
    (select * from {{ relation }} where rowid in (
        select rowid from {{ relation }} where {{ predicate }}
    ))
{%- endmacro %}

{#-
    Scopes of the identity audit models (idn_unresolved_records, idn_dropped_links). Both are
    keyed by record, and a record's rows depend only on its own observations, its resolution
    and the guards of the identifiers it observes, so an incremental build looks again at:
      * the records idn_identifier_observations wrote or retracted since the last build;
      * for idn_unresolved_records, the records idn_source_record_persons wrote or retracted;
      * the records a guard change reaches (see each macro).
    The guards of the last build are kept in `<model>__guards_seen` to compare with. A change to
    the identity_edge_rules or identifier_types seeds needs a full refresh, as upstream.
-#}


{#- The (id_type, id_value) of the guards that differ, in `columns`, from the last build's. -#}
{% macro changed_guards(guards, columns) -%}
    {%- set seen = this.schema ~ '.' ~ this.identifier ~ '__guards_seen' -%}
    {%- set listed = columns | join(', ') -%}
    select id_type, id_value from (
        (select {{ listed }} from {{ guards }} except select {{ listed }} from {{ seen }})
        union all
        (select {{ listed }} from {{ seen }} except select {{ listed }} from {{ guards }})
    ) as changed
{%- endmacro %}


{#- Post-hook: this build's guards (`columns` of them), for the next build to compare with. -#}
{% macro keep_guards_seen(guards, columns) -%}
    {{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__guards_seen',
                             'select ' ~ columns | join(', ') ~ ' from ' ~ guards) }}
{%- endmacro %}


{#- Writes `<model>__scope` (source_name, source_record_id) from `scope_sql` and deletes this
    model's rows of those records, and the rows that meet `also` if given. -#}
{% macro replace_record_scope(scope_sql, also=none) -%}
    {%- set scope = this.schema ~ '.' ~ this.identifier ~ '__scope' -%}
    {%- do run_query(portrait_create_table(scope, scope_sql)) -%}
    {%- do run_query('delete from ' ~ this ~ ' where ' ~ (also ~ ' or ' if also else '')
        ~ '(source_name, source_record_id) in (select source_name, source_record_id from '
        ~ scope ~ ')') -%}
    {{ return('') }}
{%- endmacro %}


{#- The pre-hook of idn_unresolved_records: its rows for the records to look at again are
    deleted and listed in idn_unresolved_records__scope. Besides the records observed or
    resolved again since the last build, a guard that changed kind (say shared to blocked)
    changes the reason of the unresolved records observing it. -#}
{% macro unresolved_records_scope(observations, record_persons, guards) -%}
    {%- if not built_scope_or_reset(['built', 'guards_seen']) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set last = last_recorded_build() -%}
    {%- set records = ['source_name', 'source_record_id'] -%}
    {%- set scope_sql -%}
        {{ written_or_retracted(observations, records, last) }}
        union
        {{ written_or_retracted(record_persons, records, last) }}
        union
        select source_name, source_record_id from {{ observations }}
        where (id_type, id_value) in ({{ changed_guards(guards, ['id_type', 'id_value', 'guard']) }})
            and (source_name, source_record_id) in (
                select unresolved.source_name, unresolved.source_record_id
                from {{ this }} as unresolved
            )
    {%- endset -%}
    {{ replace_record_scope(scope_sql) }}
{%- endmacro %}


{#- The pre-hook of idn_dropped_links: its record rows for the records to look at again are
    deleted and listed in idn_dropped_links__scope, and all its limit rows (recounted from
    idn_limit_resolution in every build). A guard that appeared or went away moves the links
    of every record observing the identifier (searched for only then); a guard that changed its
    kind or reason only rewrites the rows that name the identifier, found here. -#}
{% macro dropped_links_scope(observations, guards) -%}
    {%- if not built_scope_or_reset(['built', 'guards_seen']) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set last = last_recorded_build() -%}
    {%- set scope_sql -%}
        {{ written_or_retracted(observations, ['source_name', 'source_record_id'], last) }}
        union
        select source_name, source_record_id from {{ observations }}
        where (id_type, id_value) in ({{ changed_guards(guards, ['id_type', 'id_value']) }})
        union
        select source_name, source_record_id from {{ this }}
        where source_name is not null
            and (id_type_a, id_value_a) in (
                {{ changed_guards(guards, ['id_type', 'id_value', 'guard', 'reason']) }}
            )
    {%- endset -%}
    {{ replace_record_scope(scope_sql, also='source_name is null') }}
{%- endmacro %}

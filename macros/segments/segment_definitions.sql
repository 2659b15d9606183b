{#-
    Declarative segments. A segment is a dbt exposure whose config.meta.segment holds:
        consent_purpose  the consent purpose (consent_purposes seed) activation needs
        condition        a condition tree (below)
    and whose name, description and owner are the exposure's own. docs/segments.md has the
    language; every mistake fails the build with the file and the field path.

    Conditions, one key each:
        all: [c, ...]  /  any: [c, ...]  /  not: c
        trait: <dim_customers column>, op: = != > >= < <= in not_in between contains
               is_null not_null, value: ...
        event / no_event: <event type or list>, within_days: N, [min_count: N (event only)],
               [category: ...], [channel: ...]       (fct_customer_events in the last N days)
        sql: <a boolean SQL expression over dim_customers columns>
-#}

{% macro segment_error(file, field, message) -%}
    {{ exceptions.raise_compiler_error(
        'Segment definition error in ' ~ file ~ ': ' ~ field ~ ': ' ~ message
    ) }}
{%- endmacro %}

{#- The columns a condition may use: the documented (contracted) columns of dim_customers. -#}
{% macro segment_traits() -%}
    {%- set node = graph.nodes.get('model.portrait.dim_customers') -%}
    {{ return(node.columns.keys() | list if node else []) }}
{%- endmacro %}

{#- Every segment exposure, sorted by name, checked and with its condition compiled to SQL. -#}
{% macro segment_definitions() -%}
    {#- the graph exists only when dbt executes; parsing needs no segments -#}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set traits = portrait.segment_traits() -%}
    {%- set purposes = portrait.segment_consent_purposes() -%}
    {%- set segments = [] -%}
    {%- set exposures = graph.exposures.values() | sort(attribute='name') -%}
    {%- for exposure in exposures if exposure.config.meta.get('segment') is not none -%}
        {%- set file = exposure.original_file_path -%}
        {%- set spec = exposure.config.meta.segment -%}
        {%- if spec is not mapping -%}
            {{ portrait.segment_error(file, exposure.name ~ '.segment', 'must be a mapping') }}
        {%- endif -%}
        {%- for key in spec.keys() if key not in ['consent_purpose', 'condition'] -%}
            {{ portrait.segment_error(file, 'segment.' ~ key,
                'unknown field (allowed: consent_purpose, condition)') }}
        {%- endfor -%}
        {%- if spec.get('consent_purpose') is not string -%}
            {{ portrait.segment_error(file, 'segment.consent_purpose',
                'required: the consent purpose activation needs, e.g. marketing_email') }}
        {%- endif -%}
        {%- if purposes is not none and spec.consent_purpose not in purposes -%}
            {{ portrait.segment_error(file, 'segment.consent_purpose', "unknown consent purpose '"
                ~ spec.consent_purpose ~ "' (see the consent_purposes seed: "
                ~ purposes | join(', ') ~ ')') }}
        {%- endif -%}
        {%- if spec.get('condition') is none -%}
            {{ portrait.segment_error(file, 'segment.condition', 'required') }}
        {%- endif -%}
        {%- set sql = portrait.compile_segment_condition(
            spec.condition, 'segment.condition', file, traits) -%}
        {%- do segments.append({
            'name': exposure.name,
            'label': exposure.label or exposure.name,
            'description': (exposure.description or '') | trim,
            'owner': exposure.owner.name or exposure.owner.email,
            'owner_email': exposure.owner.email,
            'consent_purpose': spec.consent_purpose,
            'file': file,
            'condition': spec.condition,
            'sql': sql,
        }) -%}
    {%- endfor -%}
    {{ return(segments) }}
{%- endmacro %}

{% macro segment_literal(value, file, field) -%}
    {%- if value is boolean -%}{{ 'true' if value else 'false' }}
    {%- elif value is number -%}{{ value }}
    {%- elif value is string -%}'{{ value | replace("'", "''") }}'
    {%- else -%}
        {{ portrait.segment_error(file, field, 'expected a number, text or true/false, got '
            ~ (value | string)) }}
    {%- endif -%}
{%- endmacro %}

{% macro segment_list(value, file, field) -%}
    {%- set values = value if (value is iterable and value is not string
        and value is not mapping) else [value] -%}
    {%- if values | length == 0 -%}
        {{ portrait.segment_error(file, field, 'must not be empty') }}
    {%- endif -%}
    {%- set literals = [] -%}
    {%- for item in values -%}
        {%- do literals.append(portrait.segment_literal(item, file, field)) -%}
    {%- endfor -%}
    {{ return(literals) }}
{%- endmacro %}

{% macro compile_segment_condition(condition, field, file, traits) -%}
    {%- if condition is not mapping -%}
        {{ portrait.segment_error(file, field, 'a condition is a mapping whose key is one of'
            ~ ' all, any, not, trait, event, no_event, sql') }}
    {%- endif -%}
    {%- set combinators = ['all', 'any', 'not', 'sql'] -%}
    {%- for key in combinators if key in condition and condition | length != 1 -%}
        {{ portrait.segment_error(file, field, "'" ~ key ~ "' must stand alone; found "
            ~ (condition.keys() | list | join(', '))) }}
    {%- endfor -%}
    {%- if 'all' in condition or 'any' in condition -%}
        {%- set key = 'all' if 'all' in condition else 'any' -%}
        {%- set parts = condition[key] -%}
        {%- if parts is string or parts is mapping or parts is not iterable
            or parts | length == 0 -%}
            {{ portrait.segment_error(file, field ~ '.' ~ key, 'must be a non-empty list') }}
        {%- endif -%}
        {%- set compiled = [] -%}
        {%- for part in parts -%}
            {%- do compiled.append(portrait.compile_segment_condition(
                part, field ~ '.' ~ key ~ '[' ~ loop.index0 ~ ']', file, traits)) -%}
        {%- endfor -%}
        {{ return('(' ~ compiled | join(' and ' if key == 'all' else ' or ') ~ ')') }}
    {%- elif 'not' in condition -%}
        {{ return('not (' ~ portrait.compile_segment_condition(
            condition['not'], field ~ '.not', file, traits) ~ ')') }}
    {%- elif 'trait' in condition -%}
        {{ return(portrait.compile_segment_trait(condition, field, file, traits)) }}
    {%- elif 'event' in condition or 'no_event' in condition -%}
        {{ return(portrait.compile_segment_event(condition, field, file)) }}
    {%- elif 'sql' in condition -%}
        {%- if condition.sql is not string or condition.sql | trim == '' -%}
            {{ portrait.segment_error(file, field ~ '.sql', 'must be a SQL expression') }}
        {%- endif -%}
        {%- do portrait.check_segment_sql(condition.sql, field ~ '.sql', file, traits) -%}
        {{ return('(' ~ condition.sql ~ ')') }}
    {%- else -%}
        {{ portrait.segment_error(file, field, 'unknown condition ' ~ (condition.keys() | list)
            ~ ' (use all, any, not, trait, event, no_event or sql)') }}
    {%- endif -%}
{%- endmacro %}

{% macro compile_segment_trait(condition, field, file, traits) -%}
    {%- set allowed = ['trait', 'op', 'value'] -%}
    {%- for key in condition.keys() if key not in allowed -%}
        {{ portrait.segment_error(file, field ~ '.' ~ key, 'unknown field (allowed: '
            ~ allowed | join(', ') ~ ')') }}
    {%- endfor -%}
    {%- set trait = condition.trait -%}
    {%- if trait not in traits -%}
        {{ portrait.segment_error(file, field ~ '.trait', "unknown trait '" ~ trait
            ~ "': not a column of dim_customers") }}
    {%- endif -%}
    {%- set op = condition.get('op', '=') -%}
    {%- set column = 'customers.' ~ trait -%}
    {%- set value_field = field ~ '.value' -%}
    {%- if op in ['is_null', 'not_null'] -%}
        {{ return(column ~ (' is null' if op == 'is_null' else ' is not null')) }}
    {%- endif -%}
    {%- if 'value' not in condition -%}
        {{ portrait.segment_error(file, value_field, "required for op '" ~ op ~ "'") }}
    {%- endif -%}
    {%- if op in ['=', '!=', '>', '>=', '<', '<='] -%}
        {{ return(column ~ ' ' ~ op ~ ' '
            ~ portrait.segment_literal(condition.value, file, value_field)) }}
    {%- elif op in ['in', 'not_in'] -%}
        {{ return(column ~ (' in (' if op == 'in' else ' not in (')
            ~ portrait.segment_list(condition.value, file, value_field) | join(', ') ~ ')') }}
    {%- elif op == 'between' -%}
        {%- set bounds = portrait.segment_list(condition.value, file, value_field) -%}
        {%- if bounds | length != 2 -%}
            {{ portrait.segment_error(file, value_field, 'between takes [low, high]') }}
        {%- endif -%}
        {{ return(column ~ ' between ' ~ bounds[0] ~ ' and ' ~ bounds[1]) }}
    {%- elif op == 'contains' -%}
        {{ return(portrait.array_contains(column,
            portrait.segment_literal(condition.value, file, value_field))) }}
    {%- else -%}
        {{ portrait.segment_error(file, field ~ '.op', "unknown op '" ~ op ~ "' (use = != > >= <"
            ~ " <= in not_in between contains is_null not_null)") }}
    {%- endif -%}
{%- endmacro %}

{#- Whether the person has (event) or lacks (no_event) matching events in the last N days up to
    the profile clock. -#}
{% macro compile_segment_event(condition, field, file) -%}
    {%- set negated = 'no_event' in condition -%}
    {%- set key = 'no_event' if negated else 'event' -%}
    {%- set allowed = [key, 'within_days', 'category', 'channel']
        + ([] if negated else ['min_count']) -%}
    {%- for name in condition.keys() if name not in allowed -%}
        {{ portrait.segment_error(file, field ~ '.' ~ name, 'unknown field (allowed: '
            ~ allowed | join(', ') ~ ')') }}
    {%- endfor -%}
    {%- set days = condition.get('within_days') -%}
    {%- if days is not number or days < 1 or days != days | int -%}
        {{ portrait.segment_error(file, field ~ '.within_days',
            'required: a whole number of days, at least 1') }}
    {%- endif -%}
    {%- set min_count = condition.get('min_count', 1) -%}
    {%- if min_count is not number or min_count < 1 or min_count != min_count | int -%}
        {{ portrait.segment_error(file, field ~ '.min_count', 'a whole number, at least 1') }}
    {%- endif -%}
    {%- set event_types = portrait.segment_list(condition[key], file, field ~ '.' ~ key) -%}
    {%- do portrait.check_segment_event_types(event_types, field ~ '.' ~ key, file) -%}
    {%- set filters = ['events.event_type in (' ~ event_types | join(', ') ~ ')'] -%}
    {%- for name in ['category', 'channel'] if name in condition -%}
        {%- do filters.append('events.' ~ name ~ ' in ('
            ~ portrait.segment_list(condition[name], file, field ~ '.' ~ name) | join(', ')
            ~ ')') -%}
    {%- endfor -%}
    {%- set window_start = dbt.dateadd('day', -1 * (days | int), 'clock.as_of_at') -%}
    {%- set subquery -%}
        select events.person_id
        from events
        where {{ filters | join(' and ') }}
            and events.occurred_at > {{ window_start }}
            and events.occurred_at <= clock.as_of_at
        group by events.person_id
        having count(*) >= {{ min_count | int }}
    {%- endset -%}
    {{ return('customers.person_id ' ~ ('not in' if negated else 'in') ~ ' (' ~ subquery ~ ')') }}
{%- endmacro %}

{#- The values of one column of a seed, read when dbt runs; none when the seed is not loaded yet
    (compiling against an empty warehouse, as the SQL linter does): the checks that need it are
    then skipped, and the build, which loads seeds first, still makes them. -#}
{% macro segment_seed_values(seed_name, column) -%}
    {%- set relation = load_relation(ref(seed_name)) -%}
    {%- if relation is none -%}
        {{ return(none) }}
    {%- endif -%}
    {{ return(run_query('select ' ~ column ~ ' from ' ~ relation).columns[0].values() | list) }}
{%- endmacro %}

{% macro segment_consent_purposes() -%}
    {{ return(portrait.segment_seed_values('consent_purposes', 'purpose')) }}
{%- endmacro %}

{#- Unknown event types fail the build (checked against the event_types seed when dbt runs). -#}
{% macro check_segment_event_types(literals, field, file) -%}
    {%- set known = portrait.segment_seed_values('event_types', 'event_type') if execute -%}
    {%- for literal in literals if known is not none -%}
        {%- if literal[1:-1] not in known -%}
            {{ portrait.segment_error(file, field, 'unknown event type ' ~ literal
                ~ ' (see the event_types seed)') }}
        {%- endif -%}
    {%- endfor -%}
{%- endmacro %}

{% macro check_segment_sql(sql, field, file, traits) -%}
    {{ return(adapter.dispatch('check_segment_sql', 'portrait')(sql, field, file, traits)) }}
{%- endmacro %}

{#- DuckDB parses the expression without running it: a syntax error, or a column that is not a
    trait, fails the build naming the file and field. -#}
{% macro duckdb__check_segment_sql(sql, field, file, traits) -%}
    {%- if execute -%}
        {%- set statement = 'select 1 from customers where ' ~ sql -%}
        {%- set parsed = run_query("select json_serialize_sql('"
            ~ statement | replace("'", "''") ~ "')").columns[0].values()[0] -%}
        {%- set tree = fromjson(parsed) -%}
        {%- if tree.error -%}
            {{ portrait.segment_error(file, field, 'bad SQL: ' ~ tree.error_message) }}
        {%- endif -%}
        {#- a condition is judged on one customer's row: a micro-batch computes only the persons
            it touches, so a condition that reads other customers would differ from a full
            build -#}
        {%- for class, what in [['SUBQUERY', 'a subquery'], ['WINDOW', 'a window function']]
                if '"class":"' ~ class ~ '"' in parsed -%}
            {{ portrait.segment_error(file, field, what ~ " reads other customers: a condition "
                ~ "may only use the customer's own traits") }}
        {%- endfor -%}
        {%- set names = run_query("select distinct unnest(regexp_extract_all('"
            ~ parsed | replace("'", "''")
            ~ "', '\"column_names\":\\[(?:\"[^\"]*\",)*\"([^\"]*)\"\\]', 1)) as name")
            .columns[0].values() -%}
        {%- for name in names if name not in traits and name != 'as_of_at' -%}
            {{ portrait.segment_error(file, field, "unknown trait '" ~ name
                ~ "': not a column of dim_customers") }}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}

{#- Elsewhere the expression is only checked when the membership model runs. -#}
{% macro default__check_segment_sql(sql, field, file, traits) -%}
{%- endmacro %}

{% macro array_contains(array, value) -%}
    {{ return(adapter.dispatch('array_contains', 'portrait')(array, value)) }}
{%- endmacro %}

{% macro duckdb__array_contains(array, value) -%}
    list_contains({{ array }}, {{ value }})
{%- endmacro %}

{% macro default__array_contains(array, value) -%}
    array_contains({{ array }}, {{ value }})
{%- endmacro %}

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


{#- In an incremental build, a filter (starting with `and`) on an upstream model's rows that
    keeps those written since this model's own last build; nothing in a full build. -#}
{% macro written_since_last_build(column='loaded_at') -%}
    {%- if is_incremental() -%}
    and {{ column }} > (
        select coalesce(max(built.loaded_at), cast('1900-01-01' as timestamp)) from {{ this }} as built
    )
    {%- endif -%}
{%- endmacro %}

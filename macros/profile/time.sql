{#- Time helpers for the profile layer. Timestamps in the warehouse are UTC without a zone. -#}

{#- The profile clock as a SQL timestamp literal, or null when unset: the instant every trait is
    computed as of. Set it with PORTRAIT_AS_OF (ISO 8601 with an offset) to rebuild profiles as
    of a past moment, e.g. the generator's as-of time; unset, profiles are as of the build. -#}
{% macro profile_as_of_literal() -%}
    {%- set as_of = var('portrait__as_of', '') -%}
    {%- if as_of -%}
        {{ portrait.to_utc("'" ~ as_of ~ "'") }}
    {%- else -%}
        {{ portrait.utc_now() }}
    {%- endif -%}
{%- endmacro %}

{#- A UTC timestamp as wall-clock time in the business time zone (hour-of-day, weekday). -#}
{% macro to_local_time(expr, tz=none) -%}
    {%- set zone = tz or var('portrait__default_timezone', 'Asia/Shanghai') -%}
    {{ return(adapter.dispatch('to_local_time', 'portrait')(expr, zone)) }}
{%- endmacro %}

{% macro duckdb__to_local_time(expr, zone) -%}
    timezone('{{ zone }}', timezone('UTC', {{ expr }}))
{%- endmacro %}

{% macro default__to_local_time(expr, zone) -%}
    from_utc_timestamp({{ expr }}, '{{ zone }}')
{%- endmacro %}

{#- Whole days from `start` to `end` (floor of elapsed seconds / 86400), so that a purchase 23
    hours before the clock is 0 days ago whatever the calendar date. -#}
{% macro days_between(start, end) -%}
    cast(floor({{ dbt.datediff(start, end, 'second') }} / 86400.0) as integer)
{%- endmacro %}

{#- ISO weekday 1 (Monday) to 7 (Sunday) of a timestamp. -#}
{% macro iso_weekday(expr) -%}
    {{ return(adapter.dispatch('iso_weekday', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__iso_weekday(expr) -%}
    isodow({{ expr }})
{%- endmacro %}

{% macro default__iso_weekday(expr) -%}
    (pmod(dayofweek({{ expr }}) + 5, 7) + 1)
{%- endmacro %}

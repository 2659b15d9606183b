{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ quarantined_rows_scope() }}",
    post_hook="{{ record_build_of_this() }}",
) }}

{#- One row per landing row that was not staged, with the reason. Unions the base models.
    Incremental (by record key): a new copy of a key can change the reasons of the copies loaded
    before (rank_record_copies stamps those whose reason changed, and logs the keys with more
    than one copy in <base>__repeated). So the pre-hook (quarantined_rows_scope) deletes the rows
    of the repeated keys the base models logged since this model's last build, and this select
    adds every quarantined row written since (new copies, rows without a key, restamped copies)
    and the unchanged quarantined copies loaded before of those repeated keys. The record id of
    each source is its record key, so the rows of a key are found by
    (source_name, source_record_id). -#}
{% set scoped = quarantined_rows_are_incremental() if execute else false %}

with

{% for entry in landing_catalog() %}
{%- set quarantined -%}
    select
        '{{ entry.source_name }}' as source_name,
        source_file,
        {{ entry.record_id }} as source_record_id,
        quarantine_reason,
        raw_record
    from {{ ref(entry.base) }}
    where
        quarantine_reason is not null
{%- endset %}
{{ entry.source_name }}_quarantined as (
    {{ quarantined }}
    {%- if scoped %}
        and loaded_at > {{ last_recorded_build() }}
    -- the copies loaded before of the keys written since (two selects, not an `or`: each
    -- keeps its filter in the scan)
    union all
    {{ quarantined }}
        and loaded_at <= {{ last_recorded_build() }}
        and record_key in ({{ repeated_keys_since(entry.base, last_recorded_build()) }})
    {%- endif %}
),

{% endfor %}
unioned as (
    {%- for entry in landing_catalog() %}
    select * from {{ entry.source_name }}_quarantined
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
),

final as (
    select * from unioned
)

select * from final

{{ config(materialized='table') }}

{#- One row per landing row that was not staged, with the reason. Unions the base models. -#}
with

{% for entry in landing_catalog() %}
{{ entry.source_name }}_quarantined as (
    select
        '{{ entry.source_name }}' as source_name,
        source_file,
        {{ entry.record_id }} as source_record_id,
        quarantine_reason,
        raw_record
    from {{ ref(entry.base) }}
    where quarantine_reason is not null
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

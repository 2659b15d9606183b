{#- One row per landing source: rows read, staged and quarantined. raw = staged + quarantined. -#}
with

{% for entry in landing_catalog() %}
{{ entry.source_name }}_counts as (
    select
        '{{ entry.source_name }}' as source_name,
        (select count(*) from {{ ref(entry.base) }}) as raw_rows,
        (select count(*) from {{ ref(entry.staging) }}) as staged_rows,
        (
            select count(*) from {{ ref('stg_landing__quarantined_rows') }}
            where source_name = '{{ entry.source_name }}'
        ) as quarantined_rows,
        (select count(distinct source_file) from {{ ref(entry.base) }}) as files_read
),

{% endfor %}
unioned as (
    {%- for entry in landing_catalog() %}
    select * from {{ entry.source_name }}_counts
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
),

final as (
    select
        source_name,
        raw_rows,
        staged_rows,
        quarantined_rows,
        files_read,
        raw_rows = staged_rows + quarantined_rows as is_balanced
    from unioned
)

select * from final

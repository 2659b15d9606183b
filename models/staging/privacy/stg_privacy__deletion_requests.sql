{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='deletion_request_id',
    on_schema_change='fail',
) }}

with

deletion_requests as (
    select * from {{ ref('base_privacy__deletion_requests') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

final as (
    select
        request_id as deletion_request_id,
        lower(id_type) as id_type,
        {{ normalize_identifier('id_type', 'id_value') }} as id_value,
        requested_at_utc as requested_at,
        lower(source) as request_source,
        source_file,
        loaded_at
    from deletion_requests
)

select * from final

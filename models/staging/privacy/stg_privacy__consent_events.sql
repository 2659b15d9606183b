{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='consent_event_id',
    on_schema_change='fail',
) }}

with

consent_events as (
    select * from {{ ref('base_privacy__consent_events') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

final as (
    select
        consent_event_id,
        lower(id_type) as id_type,
        {{ normalize_identifier('id_type', 'id_value') }} as id_value,
        lower(purpose) as purpose,
        lower(action) as consent_action,
        lower(action) = 'granted' as is_granted,
        occurred_at_utc as occurred_at,
        lower(source) as capture_source,
        lower(legal_basis) as legal_basis,
        source_file,
        loaded_at
    from consent_events
)

select * from final

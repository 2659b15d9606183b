{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='email_event_id',
    on_schema_change='fail',
) }}

with

email_events as (
    select * from {{ ref('base_esp__email_events') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

normalized as (
    select
        event_id as email_event_id,
        {{ normalize_email('email') }} as email,
        campaign_id,
        campaign_name,
        lower(event_type) as event_type,
        occurred_at_utc as occurred_at,
        url as clicked_url,
        lower(bounce_type) as bounce_type,
        user_agent,
        source_file,
        loaded_at
    from email_events
),

final as (
    select
        *,
        {{ is_valid_email('email') }} as is_email_valid
    from normalized
)

select * from final

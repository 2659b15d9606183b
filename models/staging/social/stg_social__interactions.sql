{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='interaction_id',
    on_schema_change='fail',
) }}

with

interactions as (
    select * from {{ ref('base_social__interactions') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

final as (
    select
        interaction_id,
        lower(platform) as platform,
        platform_user_id,
        app_id,
        lower(interaction_type) as interaction_type,
        content_id,
        {{ normalize_text('comment_text') }} as comment_text,
        occurred_at_utc as occurred_at,
        source_file,
        loaded_at
    from interactions
)

select * from final

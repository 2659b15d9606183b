{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='ticket_id',
    on_schema_change='fail',
) }}

with

tickets as (
    select * from {{ ref('base_support__tickets') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

normalized as (
    select
        ticket_id,
        lower(channel) as channel,
        {{ normalize_phone('phone', var('portrait__default_phone_region')) }} as phone_e164,
        {{ normalize_email('email') }} as email,
        {{ normalize_text('member_id') }} as member_id,
        lower(category) as category,
        opened_at_utc as opened_at,
        closed_at_utc as closed_at,
        try_cast(satisfaction_score as integer) as satisfaction_score_raw,
        source_file,
        loaded_at
    from tickets
),

final as (
    select
        ticket_id,
        channel,
        phone_e164,
        email,
        member_id,
        category,
        opened_at,
        closed_at,
        case
            when satisfaction_score_raw between 1 and 5 then satisfaction_score_raw
        end as satisfaction_score,
        closed_at is null as is_open,
        source_file,
        loaded_at
    from normalized
)

select * from final

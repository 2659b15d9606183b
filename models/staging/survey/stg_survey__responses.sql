{{ config(
    materialized='incremental',
    incremental_strategy='restage',
    unique_key='response_id',
    on_schema_change='fail',
) }}

with

responses as (
    select * from {{ ref('base_survey__responses') }}
    where quarantine_reason is null
    {{ written_since_last_build() }}
),

final as (
    select
        response_id,
        survey_id,
        {{ normalize_email('respondent_email') }} as respondent_email,
        {{ normalize_phone('respondent_phone', var('portrait__default_phone_region')) }}
            as respondent_phone_e164,
        {{ normalize_text('respondent_member_id') }} as respondent_member_id,
        submitted_at_utc as submitted_at,
        {{ json_text('answers', '$.interests') }} as interests_json,
        lower({{ json_text('answers', '$.lifestyle') }}) as lifestyle,
        {{ json_text('answers', '$.values') }} as values_json,
        case
            when try_cast({{ json_text('answers', '$.nps') }} as integer) between 0 and 10
                then try_cast({{ json_text('answers', '$.nps') }} as integer)
        end as nps_score,
        answers as answers_json,
        source_file,
        loaded_at
    from responses
)

select * from final

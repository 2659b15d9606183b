{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook="{% if is_incremental() %}create table if not exists
        {{ this.schema }}.{{ this.identifier }}__built as
        select max(changed_at) as loaded_at from {{ this }}{% endif %}",
    post_hook="{{ record_build_of_this() }}",
) }}

{#- One row per change to a person in one build: `created` (a new person id), `merged` (the
    person absorbed related_person_id, whose id retired) or `split` (some identifiers of the
    person moved to related_person_id, a new person). Appended at every build, so the table is
    the history of how clusters merged and split over time. -#}
with

identifier_persons as (
    select * from {{ ref('idn_identifier_persons') }}
),

-- the identifiers mapped again since this model's last build: an identifier's row keeps the
-- previous_person_id of the build that wrote it, and that change was recorded then
transitions as (
    select distinct
        person_id,
        previous_person_id
    from identifier_persons
    {%- if is_incremental() %}
    where loaded_at > {{ last_recorded_build() }}
    {%- endif %}
),

-- every person now, to tell a merge (the previous person is gone) from a split (it remains)
current_persons as (
    select distinct person_id from identifier_persons
),

previous_person_ids as (
    select distinct previous_person_id as person_id
    from transitions
    where previous_person_id is not null
),

{% if is_incremental() %}
known_persons as (
    select distinct person_id from {{ this }}
    union
    select person_id from previous_person_ids
),
{% else %}
known_persons as (
    select person_id from previous_person_ids
),
{% endif %}

created as (
    select distinct
        transitions.person_id,
        'created' as change_type,
        cast(null as varchar) as related_person_id
    from transitions
    left join known_persons
        on transitions.person_id = known_persons.person_id
    where known_persons.person_id is null
),

merged as (
    select
        person_id,
        'merged' as change_type,
        previous_person_id as related_person_id
    from transitions
    where previous_person_id is not null
        and previous_person_id != person_id
        and previous_person_id not in (select current_persons.person_id from current_persons)
),

split as (
    select
        previous_person_id as person_id,
        'split' as change_type,
        person_id as related_person_id
    from transitions
    where previous_person_id is not null
        and previous_person_id != person_id
        and previous_person_id in (select current_persons.person_id from current_persons)
),

unioned as (
    select * from created
    union all
    select * from merged
    union all
    select * from split
),

final as (
    select
        person_id,
        change_type,
        related_person_id,
        cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S") }}' as timestamp) as changed_at
    from unioned
)

select * from final

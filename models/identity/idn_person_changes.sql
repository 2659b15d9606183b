{{ config(
    materialized='incremental',
    incremental_strategy='append',
) }}

{#- One row per change to a person in one build: `created` (a new person id), `merged` (the
    person absorbed related_person_id, whose id retired) or `split` (some identifiers of the
    person moved to related_person_id, a new person). Appended at every build, so the table is
    the history of how clusters merged and split over time. -#}
with

identifier_persons as (
    select * from {{ ref('idn_identifier_persons') }}
),

transitions as (
    select distinct
        person_id,
        previous_person_id
    from identifier_persons
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
        and previous_person_id not in (select t.person_id from transitions as t)
),

split as (
    select
        previous_person_id as person_id,
        'split' as change_type,
        person_id as related_person_id
    from transitions
    where previous_person_id is not null
        and previous_person_id != person_id
        and previous_person_id in (select t.person_id from transitions as t)
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

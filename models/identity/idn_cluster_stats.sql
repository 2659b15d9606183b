{{ config(**person_scoped_config()) }}

{#- One row per person: the size and make-up of their identity cluster, for monitoring the
    identity graph (the quality checks bound the share of singletons, the largest cluster and
    the identifiers per person). Person-scoped (macros/profile/person_scope.sql): a micro-batch
    recomputes the persons whose identifiers or records changed, and the persons they left. -#}
with

identifier_persons as (
    select * from {{ ref('idn_identifier_persons') }}
    where {{ in_person_scope() }}
),

record_persons as (
    select * from {{ records_in_person_scope(ref('idn_source_record_persons')) }}
),

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

identifier_counts as (
    select
        person_id,
        count(*) as identifiers,
        count(distinct id_type) as identifier_types,
        count(*) filter (where id_type = 'email') as emails,
        count(*) filter (where id_type = 'phone') as phones,
        count(*) filter (where id_type = 'user_id') as user_ids,
        count(*) filter (where id_type = 'national_id') as national_ids,
        count(*) filter (where id_type = 'anonymous_id') as anonymous_ids,
        count(*) filter (where id_type = 'crm_contact') as crm_contacts,
        min(first_seen_at) as first_seen_at,
        max(last_seen_at) as last_seen_at
    from identifier_persons
    group by 1
),

-- a person holds at least as many nodes of a type as distinct values, so only types with
-- more nodes than the limit need the exact distinct count
crowded_types as (
    select
        identifier_persons.person_id,
        identifier_persons.id_type,
        max(identifier_types.max_per_person) as max_per_person
    from identifier_persons
    inner join identifier_types
        on identifier_persons.id_type = identifier_types.id_type
    group by 1, 2
    having count(*) > max(identifier_types.max_per_person)
),

type_counts as (
    select
        crowded_types.person_id,
        crowded_types.id_type,
        count(distinct identifier_persons.id_value) as distinct_values,
        max(crowded_types.max_per_person) as max_per_person
    from crowded_types
    inner join identifier_persons
        on crowded_types.person_id = identifier_persons.person_id
        and crowded_types.id_type = identifier_persons.id_type
    group by 1, 2
),

over_limits as (
    select
        person_id,
        string_agg(id_type, ', ' order by id_type) as types_over_limit
    from type_counts
    where distinct_values > max_per_person
    group by 1
),

record_counts as (
    select
        person_id,
        count(*) as records,
        count(distinct source_name) as sources
    from record_persons
    group by 1
),

final as (
    select
        identifier_counts.person_id,
        identifier_counts.identifiers,
        identifier_counts.identifier_types,
        identifier_counts.emails,
        identifier_counts.phones,
        identifier_counts.user_ids,
        identifier_counts.national_ids,
        identifier_counts.anonymous_ids,
        identifier_counts.crm_contacts,
        coalesce(record_counts.records, 0) as records,
        coalesce(record_counts.sources, 0) as sources,
        identifier_counts.identifiers = 1 as is_singleton,
        over_limits.types_over_limit,
        identifier_counts.first_seen_at,
        identifier_counts.last_seen_at
    from identifier_counts
    left join record_counts
        on identifier_counts.person_id = record_counts.person_id
    left join over_limits
        on identifier_counts.person_id = over_limits.person_id
)

select * from final

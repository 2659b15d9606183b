{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ identifier_guards_scope(ref('idn_identifier_observations')) }}",
    post_hook="{{ record_build_of_this() }}",
) }}

{#- One row per identifier that the guards stop from merging persons, with the guard and reason:
    * blocked: the value is on the blocklist seed (identifier_blocklist), e.g. test@test.com;
    * shared: a weak identifier (anonymousId, device) seen with the strong identifiers of more
      persons than identifier_types.shared_max_persons allows (family PCs, store kiosks), or a
      recyclable identifier (phone) held by two owners at overlapping times;
    * recycled: a recyclable identifier held by several owners one after another. It is not
      dropped: it is split into one node per owner epoch (see idn_identifier_epochs).
    Owners are told apart by identifiers a person holds at most once (max_per_person = 1).
    Incremental (by identifier): the pre-hook (identifier_guards_scope) lists in
    idn_identifier_guards__scope the identifiers observed by the records written or retracted
    since the last build and deletes their rows; this select judges them again from all their
    observations and the identifiers on the same records. A change to the blocklist or
    identifier_types seeds needs a full refresh. -#}
with

{% set scoped = incremental_with(['built']) %}

{% if scoped %}

scope as (
    select * from {{ this.schema }}.{{ this.identifier }}__scope
),

-- the records that observe an identifier in scope: every observation a guard in scope reads
scope_records as (
    select distinct
        source_name,
        source_record_id
    from {{ ref('idn_identifier_observations') }}
    where (id_type, id_value) in (select scope.id_type, scope.id_value from scope)
),

observations as (
    select * from {{ ref('idn_identifier_observations') }}
    where (source_name, source_record_id) in (
        select scope_records.source_name, scope_records.source_record_id from scope_records
    )
),

{% else %}

observations as (
    select * from {{ ref('idn_identifier_observations') }}
),

{% endif %}

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

blocklist as (
    select * from {{ ref('identifier_blocklist') }}
),

identifiers as (
    select distinct
        id_type,
        id_value
    from observations
),

-- exact values are matched with a hash join on the lowercased value; regular expressions are
-- written into the SQL from the seed by blocklist_regex_reason
blocked_exact as (
    select
        identifiers.id_type,
        identifiers.id_value,
        blocklist.reason
    from identifiers
    inner join blocklist
        on lower(identifiers.id_value) = lower(blocklist.pattern)
        and (identifiers.id_type = blocklist.id_type or blocklist.id_type = '*')
    where blocklist.match_type = 'exact'
),

blocked_regex as (
    select
        id_type,
        id_value,
        {{ blocklist_regex_reason('id_type', 'id_value') }} as reason
    from identifiers
),

blocked as (
    select
        id_type,
        id_value,
        'blocked' as guard,
        min(reason) as reason,
        cast(null as varchar) as owner_type
    from (
        select * from blocked_exact
        union all
        select * from blocked_regex
        where reason is not null
    ) as matches
    group by 1, 2
),

unblocked_observations as (
    select observations.*
    from observations
    left join blocked
        on observations.id_type = blocked.id_type
        and observations.id_value = blocked.id_value
    where blocked.id_type is null
),

-- the identifiers a guard may judge (weak or recyclable ones) and the strong, limited
-- identifiers that tell owners apart; only these two sides are paired, which keeps the join
-- to a small part of all observations
guarded_candidates as (
    select
        unblocked_observations.*,
        identifier_types.strength = 'weak' as is_weak
    from unblocked_observations
    inner join identifier_types
        on unblocked_observations.id_type = identifier_types.id_type
    where identifier_types.strength = 'weak' or identifier_types.can_be_recycled
),

owner_observations as (
    select
        unblocked_observations.*,
        identifier_types.max_per_person
    from unblocked_observations
    inner join identifier_types
        on unblocked_observations.id_type = identifier_types.id_type
    where identifier_types.strength = 'strong' and identifier_types.max_per_person is not null
),

-- every weak or recyclable identifier paired with the owner identifiers on the same record
co_observed as (
    select
        subject.id_type,
        subject.id_value,
        subject.is_weak,
        subject.observed_at,
        other.id_type as other_type,
        other.id_value as other_value,
        other.max_per_person as other_max_per_person
    from guarded_candidates as subject
    inner join owner_observations as other
        on subject.source_name = other.source_name
        and subject.source_record_id = other.source_record_id
        and subject.id_type != other.id_type
),

-- almost every weak identifier is seen with one value of each owner type, which min = max
-- proves cheaply; only the rest need an exact distinct count
weak_identifier_bounds as (
    select
        id_type,
        id_value,
        other_type
    from co_observed
    where is_weak
    group by 1, 2, 3
    having min(other_value) != max(other_value)
),

weak_identifier_spread as (
    select
        co_observed.id_type,
        co_observed.id_value,
        co_observed.other_type,
        count(distinct co_observed.other_value) as other_values,
        max(co_observed.other_max_per_person) as other_max_per_person
    from co_observed
    inner join weak_identifier_bounds
        on co_observed.id_type = weak_identifier_bounds.id_type
        and co_observed.id_value = weak_identifier_bounds.id_value
        and co_observed.other_type = weak_identifier_bounds.other_type
    group by 1, 2, 3
),

shared_weak as (
    select
        weak_identifier_spread.id_type,
        weak_identifier_spread.id_value,
        'shared' as guard,
        'seen with ' || max(weak_identifier_spread.other_values) || ' '
        -- ties between types broken by the type's name, so every build writes the same reason
        || arg_max(
            weak_identifier_spread.other_type,
            (weak_identifier_spread.other_values, weak_identifier_spread.other_type)
        )
        || ' values: more persons than allowed' as reason,
        cast(null as varchar) as owner_type
    from weak_identifier_spread
    inner join identifier_types
        on weak_identifier_spread.id_type = identifier_types.id_type
    group by 1, 2
    having max(
            ceil(weak_identifier_spread.other_values / weak_identifier_spread.other_max_per_person)
        ) > max(identifier_types.shared_max_persons)
),

-- recyclable identifiers (phones): one time window per owner, owners told apart by an
-- identifier they hold once (user_id, national_id, member_id, …)
owner_windows as (
    select
        co_observed.id_type,
        co_observed.id_value,
        co_observed.other_type as owner_type,
        co_observed.other_value as owner_value,
        min(co_observed.observed_at) as first_seen_at,
        max(co_observed.observed_at) as last_seen_at
    from co_observed
    inner join identifier_types
        on co_observed.id_type = identifier_types.id_type
    where identifier_types.can_be_recycled and co_observed.other_max_per_person = 1
    group by 1, 2, 3, 4
),

owner_type_conflicts as (
    select
        id_type,
        id_value,
        owner_type,
        count(*) as owners
    from owner_windows
    group by 1, 2, 3
    having count(*) > 1
),

-- the owner type used to judge each recyclable identifier: the most trusted type in conflict
judged_owner_type as (
    select
        owner_type_conflicts.id_type,
        owner_type_conflicts.id_value,
        arg_min(owner_type_conflicts.owner_type, identifier_types.priority) as owner_type
    from owner_type_conflicts
    inner join identifier_types
        on owner_type_conflicts.owner_type = identifier_types.id_type
    group by 1, 2
),

ordered_windows as (
    select
        owner_windows.*,
        max(owner_windows.last_seen_at) over (
            partition by owner_windows.id_type, owner_windows.id_value
            order by owner_windows.first_seen_at, owner_windows.owner_value
            rows between unbounded preceding and 1 preceding
        ) as previous_owners_last_seen_at
    from owner_windows
    inner join judged_owner_type
        on owner_windows.id_type = judged_owner_type.id_type
        and owner_windows.id_value = judged_owner_type.id_value
        and owner_windows.owner_type = judged_owner_type.owner_type
),

recyclable_verdicts as (
    select
        id_type,
        id_value,
        case
            when bool_and(
                    previous_owners_last_seen_at is null
                    or first_seen_at > previous_owners_last_seen_at
                ) then 'recycled'
            else 'shared'
        end as guard,
        count(*) as owners,
        min(owner_type) as owner_type
    from ordered_windows
    group by 1, 2
),

recyclable_guards as (
    select
        id_type,
        id_value,
        guard,
        case guard
            when
                'recycled'
                then 'held by ' || owners || ' ' || owner_type || ' owners one after another'
            else 'held by ' || owners || ' ' || owner_type || ' owners at overlapping times'
        end as reason,
        owner_type
    from recyclable_verdicts
),

unioned as (
    select * from blocked
    union all
    select * from shared_weak
    union all
    select recyclable_guards.*
    from recyclable_guards
    left join blocked
        on recyclable_guards.id_type = blocked.id_type
        and recyclable_guards.id_value = blocked.id_value
    where blocked.id_type is null
),

final as (
    select * from unioned
    {%- if scoped %}
    -- the other identifiers of the scope's records are judged only by their own scope
    where (id_type, id_value) in (select scope.id_type, scope.id_value from scope)
    {%- endif %}
)

select * from final

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
    The weak and recyclable identifiers are judged from idn_owner_sightings: the owner
    identifiers seen on the same records, with when.
    Incremental (by identifier): the pre-hook (identifier_guards_scope) lists in
    idn_identifier_guards__scope the identifiers observed by the records written or retracted
    since the last build and deletes their rows; this select judges them again: the weak and
    recyclable ones from all their sightings, the others by the blocklist alone. A change to the
    blocklist or identifier_types seeds needs a full refresh. -#}
with

{% set scoped = incremental_with(['built']) %}

{% if scoped %}

scope as (
    select * from {{ this.schema }}.{{ this.identifier }}__scope
),

-- every sighting of the identifiers in scope that a guard judges by their owners (weak and
-- recyclable types); any other identifier can only be blocked, which its value alone decides
sightings as (
    select * from {{ ref('idn_owner_sightings') }}
    where (id_type, id_value) in (
        select scope.id_type, scope.id_value from scope
        where scope.id_type in (
            select judged_types.id_type from {{ ref('identifier_types') }} as judged_types
            where judged_types.strength = 'weak' or judged_types.can_be_recycled
        )
    )
),

-- the identifiers the blocklist judges: those in scope, and the owners they were seen with (a
-- blocked owner value tells no owners apart)
scope_identifiers as (
    select
        id_type,
        id_value
    from scope
    union
    select
        owner_type as id_type,
        owner_value as id_value
    from sightings
),

{% set observations = 'scope_identifiers' %}
{% set sightings = 'sightings' %}

{% else %}

{#- A full build reads the tables in each pass below rather than through one CTE: a CTE read
    several times is materialized, which at 1,000,000 persons is 60M rows of strings. -#}
{% set observations = ref('idn_identifier_observations') %}
{% set sightings = ref('idn_owner_sightings') %}

{% endif %}

identifier_types as (
    select * from {{ ref('identifier_types') }}
),

blocklist as (
    select * from {{ ref('identifier_blocklist') }}
),

blocklist_exact as (
    select
        lower(pattern) as pattern,
        id_type,
        reason
    from blocklist
    where match_type = 'exact'
),

-- exact values are matched with a hash join on the lowercased value
blocked_exact as (
    select distinct
        observed.id_type,
        observed.id_value,
        blocklist_exact.reason
    from {{ observations }} as observed
    inner join blocklist_exact
        on lower(observed.id_value) = blocklist_exact.pattern
        and (observed.id_type = blocklist_exact.id_type or blocklist_exact.id_type = '*')
),

identifiers as (
    select distinct
        id_type,
        id_value
    from {{ observations }}
),

-- regular expressions are written into the SQL from the seed by blocklist_regex_reason
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

-- the identifier types each pass pairs: a guard judges weak identifiers (shared) and
-- recyclable ones (shared or recycled) by the strong, limited identifiers on the same records,
-- which tell owners apart
weak_types as (
    select id_type from identifier_types
    where strength = 'weak'
),

recyclable_types as (
    select id_type from identifier_types
    where can_be_recycled
),

owner_types as (
    select
        id_type,
        max_per_person
    from identifier_types
    where strength = 'strong' and max_per_person is not null
),

-- weak identifiers: the distinct owner values each is seen with, per owner type
weak_owner_values as (
    select
        id_type,
        id_value,
        owner_type as other_type,
        owner_value as other_value
    from {{ sightings }}
    where
        id_type in (select weak_types.id_type from weak_types)
        and owner_type in (select owner_types.id_type from owner_types)
    group by 1, 2, 3, 4
),

weak_identifier_spread as (
    select
        weak_owner_values.id_type,
        weak_owner_values.id_value,
        weak_owner_values.other_type,
        count(*) as other_values,
        max(owner_types.max_per_person) as other_max_per_person
    from weak_owner_values
    inner join owner_types
        on weak_owner_values.other_type = owner_types.id_type
    -- the other side must not be blocked: a blocked owner value tells no owners apart
    where not exists (
            select 1 from blocked
            where blocked.id_type = weak_owner_values.other_type
                and blocked.id_value = weak_owner_values.other_value
        )
    group by 1, 2, 3
    having count(*) > 1
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
recyclable_owner_windows as (
    select
        id_type,
        id_value,
        owner_type,
        owner_value,
        min(observed_at) as first_seen_at,
        max(observed_at) as last_seen_at
    from {{ sightings }}
    where
        id_type in (select recyclable_types.id_type from recyclable_types)
        and owner_type in (
            select owner_types.id_type from owner_types
            where owner_types.max_per_person = 1
        )
    group by 1, 2, 3, 4
),

owner_windows as (
    select recyclable_owner_windows.*
    from recyclable_owner_windows
    where not exists (
            select 1 from blocked
            where blocked.id_type = recyclable_owner_windows.owner_type
                and blocked.id_value = recyclable_owner_windows.owner_value
        )
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

-- a blocked identifier is judged by no other guard
judged as (
    select * from shared_weak
    union all
    select * from recyclable_guards
),

unioned as (
    select * from blocked
    union all
    select judged.*
    from judged
    left join blocked
        on judged.id_type = blocked.id_type
        and judged.id_value = blocked.id_value
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

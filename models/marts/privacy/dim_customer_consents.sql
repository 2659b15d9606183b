{{ config(**person_scoped_config()) }}

{#- One row per person and consent purpose (consent_purposes seed): the person's current consent.
    The latest consent event of the person for the purpose wins; at the same instant a
    revocation beats a grant, so a revocation takes effect at once; a revocation whose time could
    not be read (staged with a null time rather than quarantined) beats every grant. Where nothing
    is known the
    person has not consented (is_granted false, consent_status no_record): marketing needs an
    explicit grant. Consent events reach a person through the identifier they name (email,
    phone, user id, unionid …) in the identity graph. Persons who asked to be deleted are left
    out. -#}
with

record_persons as (
    select * from {{ records_in_person_scope(ref('idn_source_record_persons')) }}
    where source_name = 'consent_events'
),

persons as (
    select * from {{ ref('dim_customers') }}
    where {{ in_person_scope() }}
),

purposes as (
    select * from {{ ref('consent_purposes') }}
),

consent_events as (
    select * from {{ ref('stg_privacy__consent_events') }}
    where {{ in_scoped_records('consent_event_id', 'consent_events') }}
),

events_resolved as (
    select
        record_persons.person_id,
        consent_events.consent_event_id,
        consent_events.purpose,
        consent_events.is_granted,
        consent_events.occurred_at,
        consent_events.capture_source,
        consent_events.legal_basis,
        consent_events.id_type
    from consent_events
    inner join record_persons
        on consent_events.consent_event_id = record_persons.source_record_id
),

events_ranked as (
    select
        *,
        row_number() over (
            partition by person_id, purpose
            order by
                -- a revocation whose time was unreadable counts as the latest event: when in
                -- doubt, consent is withdrawn
                case when occurred_at is null and not is_granted then 0 else 1 end asc,
                occurred_at desc nulls last,
                is_granted asc,
                consent_event_id asc
        ) as event_rank
    from events_resolved
),

latest_events as (
    select * from events_ranked
    where event_rank = 1
),

consents as (
    select
        persons.person_id,
        purposes.purpose,
        coalesce(latest_events.is_granted, false) as is_granted,
        case
            when latest_events.is_granted then 'granted'
            when latest_events.person_id is not null then 'revoked'
            else 'no_record'
        end as consent_status,
        purposes.is_marketing,
        purposes.activation_channel,
        latest_events.occurred_at as status_changed_at,
        latest_events.consent_event_id,
        latest_events.capture_source,
        latest_events.legal_basis,
        latest_events.id_type as captured_by_id_type
    from persons
    cross join purposes
    left join latest_events
        on persons.person_id = latest_events.person_id
        and purposes.purpose = latest_events.purpose
),

final as (
    select * from consents
)

select * from final

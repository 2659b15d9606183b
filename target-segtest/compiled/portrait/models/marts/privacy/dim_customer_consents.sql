with

persons as (
    select * from "warehouse"."main"."dim_customers"
),

purposes as (
    select * from "warehouse"."main_reference"."consent_purposes"
),

consent_events as (
    select * from "warehouse"."main"."stg_privacy__consent_events"
),

record_persons as (
    select * from "warehouse"."main"."idn_source_record_persons"
    where source_name = 'consent_events'
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
            order by occurred_at desc nulls last, is_granted asc, consent_event_id asc
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
{{ config(**person_scoped_config()) }}

{#- One row per person with any customer-initiated activity (event_types.is_customer_initiated;
    orders included) at or before the profile clock: their lifecycle stage. Days count back from
    the clock; the thresholds are the portrait__lifecycle_* vars. The first rule that holds wins:
      churned      last activity churned_days (180) or more days ago;
      at_risk      last activity active_days (90) or more days ago;
      new          first activity less than new_days (30) days ago;
      reactivated  came back, within the last active_days, after a silence of churned_days or
                   more (a gap between two consecutive active days);
      active       everyone else: active within active_days, and not new or reactivated.
    Persons never active (for instance only ever sent email, or only a CRM record) have no row,
    so no stage. -#}
with

events as (
    select * from {{ ref('int_customer_events_unioned') }}
    where {{ in_person_scope() }}
        and person_id is not null
),

event_types as (
    select * from {{ ref('event_types') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

active_days as (
    select distinct
        events.person_id,
        cast({{ to_local_time('events.occurred_at') }} as date) as active_date
    from events
    inner join event_types
        on events.event_type = event_types.event_type
    cross join clock
    where event_types.is_customer_initiated and events.occurred_at <= clock.as_of_at
),

gaps as (
    select
        person_id,
        active_date,
        {{ dbt.datediff(
            'lag(active_date) over (partition by person_id order by active_date)',
            'active_date',
            'day'
        ) }} as days_since_previous
    from active_days
),

per_person as (
    select
        person_id,
        min(active_date) as first_active_date,
        max(active_date) as last_active_date,
        max(
            case
                when days_since_previous >= {{ var('portrait__lifecycle_churned_days') }}
                    then active_date
            end
        ) as last_returned_date,
        count(*) as active_dates
    from gaps
    group by 1
),

clock_local_date as (
    select cast({{ to_local_time('as_of_at') }} as date) as as_of_date from clock
),

measured as (
    select
        per_person.*,
        {{ dbt.datediff('per_person.first_active_date', 'clock_local_date.as_of_date', 'day') }}
            as days_since_first_active,
        {{ dbt.datediff('per_person.last_active_date', 'clock_local_date.as_of_date', 'day') }}
            as days_since_last_active,
        {{ dbt.datediff('per_person.last_returned_date', 'clock_local_date.as_of_date', 'day') }}
            as days_since_returned
    from per_person
    cross join clock_local_date
),

staged as (
    select
        person_id,
        case
            when days_since_last_active >= {{ var('portrait__lifecycle_churned_days') }}
                then 'churned'
            when days_since_last_active >= {{ var('portrait__lifecycle_active_days') }}
                then 'at_risk'
            when days_since_first_active < {{ var('portrait__lifecycle_new_days') }}
                then 'new'
            when days_since_returned < {{ var('portrait__lifecycle_active_days') }}
                then 'reactivated'
            else 'active'
        end as lifecycle_stage,
        first_active_date,
        last_active_date,
        last_returned_date,
        days_since_first_active,
        days_since_last_active,
        active_dates
    from measured
),

final as (
    select * from staged
)

select * from final

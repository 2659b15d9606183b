
    

    create  table
      "warehouse"."main"."int_lifecycle_stages_assigned__dbt_tmp"
  
    
    as (
      with

events as (
    select * from "warehouse"."main"."int_customer_events_unioned"
    where person_id is not null
),

event_types as (
    select * from "warehouse"."main_reference"."event_types"
),

clock as (
    select * from "warehouse"."main"."int_profile_as_of"
),

active_days as (
    select distinct
        events.person_id,
        cast(timezone('Asia/Shanghai', timezone('UTC', events.occurred_at)) as date) as active_date
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
        
        (date_diff('day', lag(active_date) over (partition by person_id order by active_date)::timestamp, active_date::timestamp ))
     as days_since_previous
    from active_days
),

per_person as (
    select
        person_id,
        min(active_date) as first_active_date,
        max(active_date) as last_active_date,
        max(
            case
                when days_since_previous >= 180
                    then active_date
            end
        ) as last_returned_date,
        count(*) as active_dates
    from gaps
    group by 1
),

clock_local_date as (
    select cast(timezone('Asia/Shanghai', timezone('UTC', as_of_at)) as date) as as_of_date from clock
),

measured as (
    select
        per_person.*,
        
        (date_diff('day', per_person.first_active_date::timestamp, clock_local_date.as_of_date::timestamp ))
    
            as days_since_first_active,
        
        (date_diff('day', per_person.last_active_date::timestamp, clock_local_date.as_of_date::timestamp ))
    
            as days_since_last_active,
        
        (date_diff('day', per_person.last_returned_date::timestamp, clock_local_date.as_of_date::timestamp ))
    
            as days_since_returned
    from per_person
    cross join clock_local_date
),

staged as (
    select
        person_id,
        case
            when days_since_last_active >= 180
                then 'churned'
            when days_since_last_active >= 90
                then 'at_risk'
            when days_since_first_active < 30
                then 'new'
            when days_since_returned < 90
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
    );
    
  
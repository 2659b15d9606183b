{{ config(**person_scoped_config()) }}

{#- One row per person who opened a support ticket up to the profile clock. The clock also
    decides what was known then: a ticket closed after it counts as open, and its resolution
    time and satisfaction score (given on closing) are not yet known. -#}
with

record_persons as (
    select * from {{ records_in_person_scope(ref('idn_source_record_persons')) }}
),

tickets as (
    select * from {{ ref('stg_support__tickets') }}
    where {{ in_scoped_records('ticket_id', 'support_tickets') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

tickets_as_of as (
    select
        record_persons.person_id,
        tickets.ticket_id,
        tickets.category,
        tickets.opened_at,
        coalesce(tickets.closed_at <= clock.as_of_at, false) as is_closed,
        case
            when tickets.closed_at <= clock.as_of_at
                then {{ dbt.datediff('tickets.opened_at', 'tickets.closed_at', 'second') }}
                    / 3600.0
        end as resolution_hours,
        case
            when tickets.closed_at <= clock.as_of_at then tickets.satisfaction_score
        end as satisfaction_score,
        -- the 90 days are in the column name (tickets_last_90d), so not a variable
        {{ days_between('tickets.opened_at', 'clock.as_of_at') }} < 90 as is_recent
    from tickets
    inner join record_persons
        on
        record_persons.source_name = 'support_tickets'
        and tickets.ticket_id = record_persons.source_record_id
    cross join clock
    where
        record_persons.person_id is not null
        and tickets.opened_at <= clock.as_of_at
),

-- the category of most tickets; ties go to the category of the latest ticket, then by name
category_ranks as (
    select
        person_id,
        category,
        row_number() over (
            partition by person_id
            order by count(*) desc, max(opened_at) desc, category
        ) as category_rank
    from tickets_as_of
    where category is not null
    group by 1, 2
),

per_person as (
    select
        person_id,
        count(*) as ticket_count,
        count(case when not is_closed then 1 end) as open_ticket_count,
        max(opened_at) as last_ticket_at,
        cast(round(avg(satisfaction_score), 2) as double) as avg_satisfaction_score,
        count(satisfaction_score) as satisfaction_responses,
        count(case when satisfaction_score <= 2 then 1 end) as low_satisfaction_tickets,
        cast(round(avg(resolution_hours), 2) as double) as avg_resolution_hours,
        count(case when is_recent then 1 end) as tickets_last_90d
    from tickets_as_of
    group by 1
),

final as (
    select
        per_person.person_id,
        per_person.ticket_count,
        per_person.open_ticket_count,
        per_person.last_ticket_at,
        per_person.avg_satisfaction_score,
        per_person.satisfaction_responses,
        per_person.low_satisfaction_tickets,
        category_ranks.category as top_ticket_category,
        per_person.avg_resolution_hours,
        per_person.tickets_last_90d
    from per_person
    left join category_ranks
        on
        per_person.person_id = category_ranks.person_id
        and category_ranks.category_rank = 1
)

select * from final


    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "person_id","ticket_count","open_ticket_count","last_ticket_at","avg_satisfaction_score","satisfaction_responses","low_satisfaction_tickets","top_ticket_category","avg_resolution_hours","tickets_last_90d", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__stg_support__tickets as (

-- Fixture for stg_support__tickets
select 
    
    cast('t1' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('refund' as character varying)
 as "category", 
    
    cast('2026-05-01 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast('2026-05-01 02:00:00' as TIMESTAMP)
 as "closed_at", 
    
    cast(2 as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t2' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('delivery' as character varying)
 as "category", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast('2026-06-01 10:00:00' as TIMESTAMP)
 as "closed_at", 
    
    cast(3 as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t3' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('product_quality' as character varying)
 as "category", 
    
    cast('2026-08-04 12:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast('2026-11-02 00:00:00' as TIMESTAMP)
 as "closed_at", 
    
    cast(1 as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t4' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('delivery' as character varying)
 as "category", 
    
    cast('2026-11-05 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", 
    
    cast(null as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t5' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast(null as character varying(256))
 as "category", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", 
    
    cast(null as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('t6' as character varying)
 as "ticket_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "phone_e164", cast(null as character varying(256)) as "email", cast(null as character varying(256)) as "member_id", 
    
    cast('account' as character varying)
 as "category", 
    
    cast('2026-10-01 00:00:00' as TIMESTAMP)
 as "opened_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", 
    
    cast(null as INTEGER)
 as "satisfaction_score", cast(null as BOOLEAN) as "is_open", cast(null as character varying(256)) as "source_file"
),  __dbt__cte__idn_source_record_persons as (

-- Fixture for idn_source_record_persons
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t1' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t2' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t3' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t4' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t5' as character varying)
 as "source_record_id", 
    
    cast('p_2' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('support_tickets' as character varying)
 as "source_name", 
    
    cast('t6' as character varying)
 as "source_record_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"
), tickets as (
    select * from __dbt__cte__stg_support__tickets
),

record_persons as (
    select * from __dbt__cte__idn_source_record_persons
),

clock as (
    select * from __dbt__cte__int_profile_as_of
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
                then 
        (date_diff('second', tickets.opened_at::timestamp, tickets.closed_at::timestamp ))
    
                    / 3600.0
        end as resolution_hours,
        case
            when tickets.closed_at <= clock.as_of_at then tickets.satisfaction_score
        end as satisfaction_score,
        -- the 90 days are in the column name (tickets_last_90d), so not a variable
        cast(floor(
        (date_diff('second', tickets.opened_at::timestamp, clock.as_of_at::timestamp ))
     / 86400.0) as integer) < 90 as is_recent
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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "person_id", "ticket_count", "open_ticket_count", "last_ticket_at", "avg_satisfaction_score", "satisfaction_responses", "low_satisfaction_tickets", "top_ticket_category", "avg_resolution_hours", "tickets_last_90d", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast(3 as BIGINT)
 as "ticket_count", 
    
    cast(1 as BIGINT)
 as "open_ticket_count", 
    
    cast('2026-08-04 12:00:00' as TIMESTAMP)
 as "last_ticket_at", 
    
    cast(2.5 as DOUBLE)
 as "avg_satisfaction_score", 
    
    cast(2 as BIGINT)
 as "satisfaction_responses", 
    
    cast(1 as BIGINT)
 as "low_satisfaction_tickets", 
    
    cast('product_quality' as character varying)
 as "top_ticket_category", 
    
    cast(6.0 as DOUBLE)
 as "avg_resolution_hours", 
    
    cast(1 as BIGINT)
 as "tickets_last_90d"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast(1 as BIGINT)
 as "ticket_count", 
    
    cast(1 as BIGINT)
 as "open_ticket_count", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "last_ticket_at", 
    
    cast(null as DOUBLE)
 as "avg_satisfaction_score", 
    
    cast(0 as BIGINT)
 as "satisfaction_responses", 
    
    cast(0 as BIGINT)
 as "low_satisfaction_tickets", 
    
    cast(null as character varying(256))
 as "top_ticket_category", 
    
    cast(null as DOUBLE)
 as "avg_resolution_hours", 
    
    cast(0 as BIGINT)
 as "tickets_last_90d"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected
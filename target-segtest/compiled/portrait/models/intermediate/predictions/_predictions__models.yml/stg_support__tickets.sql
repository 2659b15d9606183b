select
    cast(null as varchar) as ticket_id,
    cast(null as timestamp) as closed_at,
    cast(null as integer) as satisfaction_score
where false
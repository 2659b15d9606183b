select
    cast(null as varchar) as response_id,
    cast(null as timestamp) as submitted_at,
    cast(null as integer) as nps_score
where false
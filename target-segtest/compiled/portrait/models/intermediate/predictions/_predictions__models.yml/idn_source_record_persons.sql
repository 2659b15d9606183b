select
    cast(null as varchar) as source_name,
    cast(null as varchar) as source_record_id,
    cast(null as varchar) as person_id
where false
with guards as (
    select id_type, id_value, owner_type from main.idn_identifier_guards where guard = 'recycled'
    and (id_type, id_value) in (select id_type, id_value from main.idn_identifier_epochs__scope)),
recycled_observations as (
    select observations.* from main.idn_identifier_observations as observations
    inner join guards on observations.id_type = guards.id_type and observations.id_value = guards.id_value)
select recycled.id_type as k, recycled.id_value as id_type, owner.id_value as id_value, min(recycled.observed_at) as other_type, 1 as other_value, 1 as f, 1 as l
from recycled_observations as recycled
inner join main.idn_identifier_observations as owner
    on recycled.source_name = owner.source_name and recycled.source_record_id = owner.source_record_id
inner join guards on recycled.id_type = guards.id_type and recycled.id_value = guards.id_value and owner.id_type = guards.owner_type
group by 1, 2, 3
